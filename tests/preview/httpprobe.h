// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A local HTTP server that records every request: what a hostile document would make the
// preview fetch shows up here. It answers PNG images for paths ending in .png, 404 otherwise.

#include <QBuffer>
#include <QImage>
#include <QStringList>
#include <QTcpServer>
#include <QTcpSocket>

namespace wc::test {

class HttpProbe : public QObject {
    Q_OBJECT
public:
    HttpProbe() {
        connect(&m_server, &QTcpServer::newConnection, this, &HttpProbe::accept);
        if (!m_server.listen(QHostAddress::LocalHost))
            qFatal("cannot listen on 127.0.0.1");
    }
    quint16 port() const { return m_server.serverPort(); }
    QString url(const QString &path) const {
        return QStringLiteral("http://127.0.0.1:%1%2").arg(port()).arg(path);
    }
    QStringList paths() const { return m_paths; }

signals:
    void requested(const QString &path);

private:
    void accept() {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { answer(socket); });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    }
    void answer(QTcpSocket *socket) {
        const QByteArray request = socket->peek(8192);
        if (!request.contains("\r\n\r\n"))
            return; // headers not complete yet
        socket->readAll();
        const QList<QByteArray> words = request.left(request.indexOf("\r\n")).split(' ');
        const QString path = words.size() > 1 ? QString::fromUtf8(words[1]) : QString();
        m_paths << path;
        QByteArray body;
        QByteArray status = "404 Not Found";
        QByteArray type = "text/plain";
        if (path.endsWith(u".png")) {
            QImage image(8, 8, QImage::Format_RGB32);
            image.fill(Qt::red);
            QBuffer buffer(&body);
            buffer.open(QIODevice::WriteOnly);
            image.save(&buffer, "PNG");
            status = "200 OK";
            type = "image/png";
        }
        socket->write("HTTP/1.1 " + status + "\r\nContent-Type: " + type + "\r\nContent-Length: " +
                      QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
        socket->disconnectFromHost();
        emit requested(path);
    }

    QTcpServer m_server;
    QStringList m_paths;
};

} // namespace wc::test
