// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "profilewriter.h"

#include <QFile>
#include <QFileInfo>

#include <yaml-cpp/yaml.h>

#include <map>

namespace wc {

namespace {

// The file's lines, each with its line break.
QList<QByteArray> splitLines(const QByteArray &text) {
    QList<QByteArray> lines;
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype end = text.indexOf('\n', start);
        end = end < 0 ? text.size() : end + 1;
        lines << text.mid(start, end - start);
        start = end;
    }
    return lines;
}

// A line that belongs to no value: blank, or a comment at the first column (an indented `#`
// line may be the content of a block scalar).
bool isBetweenLine(const QByteArray &line) {
    const QByteArray trimmed = line.trimmed();
    return trimmed.isEmpty() || line.startsWith('#');
}

struct KeySpan {
    QString key;
    int first = 0; // the key's line
    int last = 0;  // the value's last line
};

// The top-level keys of a block mapping with the lines of their values; nothing when the
// file is not one.
std::optional<QList<KeySpan>> keySpans(const YAML::Node &root, const QList<QByteArray> &lines) {
    if (!root.IsMap() || root.Style() == YAML::EmitterStyle::Flow)
        return std::nullopt;
    QList<KeySpan> spans;
    for (const auto &entry : root) {
        if (entry.first.Mark().column != 0)
            return std::nullopt;
        spans.append(
            {QString::fromStdString(entry.first.as<std::string>()), entry.first.Mark().line, 0});
    }
    for (qsizetype i = 0; i < spans.size(); ++i) {
        const int next = i + 1 < spans.size() ? spans[i + 1].first : int(lines.size());
        if (next <= spans[i].first)
            return std::nullopt; // keys out of line order: not a plain block mapping
        int last = next - 1;
        while (last > spans[i].first && isBetweenLine(lines[last]))
            --last;
        spans[i].last = last;
    }
    return spans;
}

} // namespace

ProfileWrite updatedProfileYaml(const QByteArray &original, const NewsletterProfile &edited) {
    const ProfileWrite whole{edited.toYaml(), false};
    const LoadedProfile before = parseProfile(original);
    if (!before.problems.isEmpty())
        return whole;
    const QList<QByteArray> lines = splitLines(original);
    std::optional<QList<KeySpan>> spans;
    try {
        spans = keySpans(YAML::Load(original.toStdString()), lines);
    } catch (const YAML::Exception &) {
        return whole;
    }
    if (!spans)
        return whole;
    const QByteArray lineBreak = original.contains("\r\n") ? "\r\n" : "\n";
    auto fragment = [&lineBreak](QByteArray yaml) {
        if (lineBreak != "\n")
            yaml.replace("\n", lineBreak);
        return yaml;
    };
    QByteArray out;
    int line = 0;
    QStringList present;
    for (const KeySpan &span : *spans) {
        while (line < span.first)
            out += lines[line++];
        present << span.key;
        if (edited.keyYaml(span.key) == before.profile.keyYaml(span.key)) {
            while (line <= span.last)
                out += lines[line++];
        } else {
            out += fragment(edited.keyYaml(span.key));
            line = span.last + 1;
        }
    }
    while (line < lines.size())
        out += lines[line++];
    const NewsletterProfile defaults = NewsletterProfile::defaults();
    for (const QString &key : NewsletterProfile::keys()) {
        if (present.contains(key) || edited.keyYaml(key) == defaults.keyYaml(key))
            continue;
        if (!out.isEmpty() && !out.endsWith('\n'))
            out += lineBreak;
        out += fragment(edited.keyYaml(key));
    }
    // The file must read back as the edited profile; where it would not, the whole profile.
    const LoadedProfile after = parseProfile(out);
    if (!after.problems.isEmpty() || after.profile.toYaml() != edited.toYaml())
        return whole;
    return {out, true};
}

FileWriter::Result saveProfile(const QString &path, const NewsletterProfile &edited) {
    QByteArray original;
    if (QFileInfo::exists(path)) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {false, file.errorString()};
        original = file.readAll();
    }
    const QByteArray yaml =
        original.isEmpty() ? edited.toYaml() : updatedProfileYaml(original, edited).yaml;
    return FileWriter::write(path, yaml);
}

} // namespace wc
