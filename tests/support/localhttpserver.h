// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A small HTTP/1.1 server on 127.0.0.1 for the network tests: fixed answers per path, a
// path that never answers, and nothing that reaches beyond the machine.

#include <QHash>
#include <QList>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

namespace wc::test {

class LocalHttpServer : public QObject {
public:
    struct Answer {
        int status = 200;
        QByteArray reason = "OK";
        QList<std::pair<QByteArray, QByteArray>> headers;
        QByteArray body;
        bool silent = false; // accept the request, never answer
    };

    LocalHttpServer() {
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                QObject::connect(socket, &QTcpSocket::readyRead, this,
                                 [this, socket] { serve(socket); });
            }
        });
        if (!m_server.listen(QHostAddress::LocalHost))
            qFatal("cannot listen on 127.0.0.1");
    }

    QString url(const QString &path) const {
        return QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path);
    }

    void route(const QByteArray &path, const Answer &answer) { m_routes.insert(path, answer); }
    QList<QByteArray> requests; // "GET /path" per request, with the Authorization header if any

private:
    void serve(QTcpSocket *socket) {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QByteArray head = buffer.left(end);
        buffer.clear();
        const QList<QByteArray> lines = head.split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        QByteArray path = requestLine.value(1);
        QByteArray record = requestLine.value(0) + ' ' + path;
        for (const QByteArray &line : lines) {
            if (line.toLower().startsWith("authorization:"))
                record += " | " + line.trimmed();
        }
        requests << record;
        const qsizetype query = path.indexOf('?');
        const Answer answer = m_routes.value(
            query < 0 ? path : path.left(query),
            Answer{404, "Not Found", {{"Content-Type", "text/html"}}, "<title>404</title>", false});
        if (answer.silent)
            return;
        QByteArray response =
            "HTTP/1.1 " + QByteArray::number(answer.status) + ' ' + answer.reason + "\r\n";
        bool hasType = false;
        for (const auto &[name, value] : answer.headers) {
            response += name + ": " + value + "\r\n";
            hasType = hasType || name.toLower() == "content-type";
        }
        if (!hasType)
            response += "Content-Type: text/html\r\n";
        response += "Content-Length: " + QByteArray::number(answer.body.size()) +
                    "\r\nConnection: close\r\n\r\n";
        socket->write(response);
        socket->write(answer.body);
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    QHash<QByteArray, Answer> m_routes;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

} // namespace wc::test
