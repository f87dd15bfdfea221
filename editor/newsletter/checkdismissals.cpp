// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "checkdismissals.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace wc {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(wc::CheckDismissals)
};

} // namespace

QString CheckDismissals::storePath(const QString &issuePath) {
    const QFileInfo info(issuePath);
    return info.dir().filePath(u'.' + info.fileName() + QStringLiteral(".checks.json"));
}

CheckDismissals::Key CheckDismissals::keyOf(const CheckFinding &finding, const QString &lineText) {
    return {finding.kind, lineText.trimmed(), finding.details};
}

bool CheckDismissals::load(const QString &issuePath, QString *error) {
    m_issuePath = issuePath;
    m_keys.clear();
    if (issuePath.isEmpty())
        return true;
    QFile file(storePath(issuePath));
    if (!file.exists())
        return true;
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = Tr::tr("Cannot read %1: %2").arg(file.fileName(), file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!json.isObject()) {
        if (error)
            *error = Tr::tr("%1 is not a dismissals file: %2")
                         .arg(file.fileName(), parseError.errorString());
        return false;
    }
    for (const QJsonValue &value : json.object().value(QStringLiteral("dismissed")).toArray()) {
        const QJsonObject object = value.toObject();
        m_keys.append({object.value(QStringLiteral("kind")).toString(),
                       object.value(QStringLiteral("line")).toString(),
                       object.value(QStringLiteral("details")).toObject()});
    }
    return true;
}

bool CheckDismissals::moveTo(const QString &issuePath, QString *error) {
    m_issuePath = issuePath;
    return m_keys.isEmpty() || save(error);
}

bool CheckDismissals::isDismissed(const CheckFinding &finding, const QString &lineText) const {
    return !m_keys.isEmpty() && m_keys.contains(keyOf(finding, lineText));
}

bool CheckDismissals::dismiss(const CheckFinding &finding, const QString &lineText,
                              QString *error) {
    const Key key = keyOf(finding, lineText);
    if (m_keys.contains(key))
        return true;
    m_keys.append(key);
    return save(error);
}

bool CheckDismissals::restore(const CheckFinding &finding, const QString &lineText,
                              QString *error) {
    if (!m_keys.removeAll(keyOf(finding, lineText)))
        return true;
    return save(error);
}

bool CheckDismissals::save(QString *error) const {
    if (m_issuePath.isEmpty())
        return true; // an untitled issue: kept in memory until it is saved (moveTo)
    const QString path = storePath(m_issuePath);
    if (m_keys.isEmpty() && !QFile::exists(path))
        return true;
    QJsonArray dismissed;
    for (const Key &key : m_keys)
        dismissed.append(QJsonObject{{QStringLiteral("kind"), key.kind},
                                     {QStringLiteral("line"), key.line},
                                     {QStringLiteral("details"), key.details}});
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(QJsonDocument(QJsonObject{{QStringLiteral("dismissed"), dismissed}})
                       .toJson(QJsonDocument::Indented));
        if (file.commit())
            return true;
    }
    if (error)
        *error = Tr::tr("Cannot write %1: %2").arg(path, file.errorString());
    return false;
}

} // namespace wc
