#include "frontmatterparser.h"

#include "markdownscan.h"

#include <yaml-cpp/yaml.h>

namespace wc {

namespace {

QString unquotedKey(QStringView key) {
    key = key.trimmed();
    if (key.size() >= 2 && (key.front() == u'\'' || key.front() == u'"') &&
        key.back() == key.front())
        key = key.sliced(1, key.size() - 2);
    return key.toString();
}

// The value as YAML would read a one-line quoted scalar; used when the YAML as a whole is
// invalid, so the form still shows a readable value.
QString roughlyUnquoted(QStringView value, FrontMatterField::Quoting quoting) {
    if (value.size() < 2 || value.back() != value.front())
        return value.toString();
    QString inner = value.sliced(1, value.size() - 2).toString();
    if (quoting == FrontMatterField::Quoting::Single)
        return inner.replace(QStringLiteral("''"), QStringLiteral("'"));
    if (quoting == FrontMatterField::Quoting::Double)
        return inner.replace(QStringLiteral("\\\""), QStringLiteral("\""))
            .replace(QStringLiteral("\\\\"), QStringLiteral("\\"));
    return value.toString();
}

// Top-level `key: value` lines of the YAML body, found without a YAML parser so that they
// are known (with their ranges) even when the YAML is invalid.
QList<FrontMatterField> scanKeyLines(const QString &text, TextRange body) {
    QList<FrontMatterField> fields;
    qsizetype pos = body.begin;
    while (pos < body.end) {
        qsizetype newline = text.indexOf(u'\n', pos);
        if (newline < 0 || newline >= body.end)
            newline = body.end;
        qsizetype contentEnd = newline;
        if (contentEnd > pos && text[contentEnd - 1] == u'\r')
            --contentEnd;
        const QStringView line = QStringView(text).sliced(pos, contentEnd - pos);
        if (!line.isEmpty() && line[0] != u' ' && line[0] != u'\t' && line[0] != u'#' &&
            line[0] != u'-') {
            qsizetype colon = line.indexOf(u':');
            while (colon >= 0 && colon + 1 < line.size() && line[colon + 1] != u' ' &&
                   line[colon + 1] != u'\t')
                colon = line.indexOf(u':', colon + 1);
            if (colon > 0) {
                FrontMatterField field;
                field.key = unquotedKey(line.first(colon));
                field.line = {pos, contentEnd};
                qsizetype v = colon + 1;
                while (v < line.size() && (line[v] == u' ' || line[v] == u'\t'))
                    ++v;
                const qsizetype vEnd = scan::trimmedRight(line).size();
                field.valueText = {pos + v, pos + std::max(v, vEnd)};
                field.quoting = FrontMatterParser::quotingOf(field.valueText.in(text));
                field.value = roughlyUnquoted(field.valueText.in(text), field.quoting);
                fields.append(field);
            }
        }
        pos = newline + 1;
    }
    return fields;
}

} // namespace

FrontMatterField::Quoting FrontMatterParser::quotingOf(QStringView valueText) {
    if (valueText.isEmpty())
        return FrontMatterField::Quoting::Other;
    switch (valueText.front().unicode()) {
    case u'\'':
        return FrontMatterField::Quoting::Single;
    case u'"':
        return FrontMatterField::Quoting::Double;
    case u'|':
    case u'>':
    case u'[':
    case u'{':
    case u'&':
    case u'*':
    case u'!':
        return FrontMatterField::Quoting::Other;
    default:
        return FrontMatterField::Quoting::Plain;
    }
}

QString FrontMatterParser::quoted(const QString &value, FrontMatterField::Quoting quoting) {
    switch (quoting) {
    case FrontMatterField::Quoting::Double: {
        QString escaped = value;
        escaped.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\""));
        escaped.replace(u'\n', QStringLiteral("\\n"));
        return u'"' + escaped + u'"';
    }
    case FrontMatterField::Quoting::Plain: {
        // A plain scalar stays plain only while YAML would read it back as the same string.
        static const QString special = QStringLiteral("'\"#&*!|>%@`[]{},?:-");
        const bool safe = !value.isEmpty() && !special.contains(value.front()) &&
                          !value.contains(QStringLiteral(": ")) &&
                          !value.contains(QStringLiteral(" #")) && !value.contains(u'\n') &&
                          value.trimmed() == value;
        if (safe)
            return value;
        [[fallthrough]];
    }
    case FrontMatterField::Quoting::Single:
    case FrontMatterField::Quoting::Other:
    default: {
        if (value.contains(u'\n'))
            return quoted(value, FrontMatterField::Quoting::Double);
        QString escaped = value;
        escaped.replace(u'\'', QStringLiteral("''"));
        return u'\'' + escaped + u'\'';
    }
    }
}

std::optional<Diagnostic> FrontMatterParser::read(const QString &text, FrontMatter &frontMatter,
                                                  int firstBodyLine) {
    frontMatter.fields = scanKeyLines(text, frontMatter.body);
    const QByteArray yaml = frontMatter.body.in(text).toUtf8();
    try {
        const YAML::Node root = YAML::Load(yaml.constData());
        if (root.IsNull())
            return std::nullopt;
        if (!root.IsMap()) {
            frontMatter.valid = false;
            return Diagnostic{firstBodyLine, QStringLiteral("front matter is not a list of "
                                                            "\"key: value\" lines")};
        }
        for (FrontMatterField &field : frontMatter.fields) {
            const YAML::Node value = root[field.key.toStdString()];
            if (!value)
                continue;
            if (value.IsScalar()) {
                field.value = QString::fromStdString(value.Scalar());
            } else if (value.IsNull()) {
                field.value.clear();
            } else {
                YAML::Emitter out;
                out << value;
                field.value = QString::fromUtf8(out.c_str());
            }
        }
    } catch (const YAML::Exception &error) {
        frontMatter.valid = false;
        const int line = firstBodyLine + (error.mark.is_null() ? 0 : error.mark.line);
        return Diagnostic{line, QStringLiteral("invalid YAML in front matter: %1")
                                    .arg(QString::fromStdString(error.msg))};
    }
    return std::nullopt;
}

const FrontMatterField *FrontMatter::field(const QString &key) const {
    for (const FrontMatterField &f : fields) {
        if (f.key == key)
            return &f;
    }
    return nullptr;
}

} // namespace wc
