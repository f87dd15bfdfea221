// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "frontmatterparser.h"

#include "markdownscan.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <yaml-cpp/yaml.h>

#include <algorithm>

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
    const bool quoted = quoting == FrontMatterField::Quoting::Single ||
                        quoting == FrontMatterField::Quoting::Double;
    if (quoted && (value.size() < 2 || value.back() != value.front()))
        return value.sliced(1).toString(); // a quote left open: the text after it
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

bool isContinuation(QStringView line) {
    // Lines that belong to the value of the key above: indented ones, the items of a block
    // list written at the key's indent, blank lines and comments inside it.
    return line.isEmpty() || line[0] == u' ' || line[0] == u'\t' || line[0] == u'#' ||
           line == u"-" || line.startsWith(u"- ") || line.startsWith(u"-\t");
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
        if (!isContinuation(line)) {
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
                field.valueSpan = field.valueText;
                field.quoting = FrontMatterParser::quotingOf(field.valueText.in(text));
                field.value = roughlyUnquoted(field.valueText.in(text), field.quoting);
                fields.append(field);
            }
        } else if (!fields.isEmpty() && !scan::isBlank(line) && !line.trimmed().startsWith(u'#')) {
            fields.last().valueSpan.end = pos + scan::trimmedRight(line).size();
        }
        pos = newline + 1;
    }
    return fields;
}

// The first value whose quote is never closed on its line, or null. YAML reads on past the
// line end looking for the closing quote, so the parser's own error points at the end of the
// front matter; the user needs the line where the quote opened.
const FrontMatterField *unclosedQuote(const QString &text, const QList<FrontMatterField> &fields) {
    for (const FrontMatterField &field : fields) {
        const QStringView value = field.valueText.in(text);
        bool closed = true;
        if (field.quoting == FrontMatterField::Quoting::Single) {
            closed = false;
            for (qsizetype i = 1; i < value.size(); ++i) {
                if (value[i] != u'\'')
                    continue;
                if (i + 1 < value.size() && value[i + 1] == u'\'') {
                    ++i; // '' is an escaped quote
                    continue;
                }
                closed = true;
                break;
            }
        } else if (field.quoting == FrontMatterField::Quoting::Double) {
            closed = false;
            for (qsizetype i = 1; i < value.size(); ++i) {
                if (value[i] == u'\\') {
                    ++i;
                } else if (value[i] == u'"') {
                    closed = true;
                    break;
                }
            }
        }
        if (!closed)
            return &field;
    }
    return nullptr;
}

// yaml-cpp's messages for the mistakes people make by hand, in the interface's language.
QString yamlCause(const std::string &message) {
    static const std::pair<const char *, const char *> known[] = {
        {YAML::ErrorMsg::END_OF_MAP,
         QT_TRANSLATE_NOOP("wc::FrontMatterParser", "a line does not continue the list of keys")},
        {YAML::ErrorMsg::END_OF_MAP_FLOW,
         QT_TRANSLATE_NOOP("wc::FrontMatterParser", "a \"{\" is never closed with \"}\"")},
        {YAML::ErrorMsg::END_OF_SEQ,
         QT_TRANSLATE_NOOP("wc::FrontMatterParser", "a line does not continue the list")},
        {YAML::ErrorMsg::END_OF_SEQ_FLOW,
         QT_TRANSLATE_NOOP("wc::FrontMatterParser", "a \"[\" is never closed with \"]\"")},
        {YAML::ErrorMsg::EOF_IN_SCALAR,
         QT_TRANSLATE_NOOP("wc::FrontMatterParser", "a quoted value is never closed")},
        {YAML::ErrorMsg::MAP_VALUE,
         QT_TRANSLATE_NOOP("wc::FrontMatterParser", "a \": \" where no key can start")},
        {YAML::ErrorMsg::MAP_KEY, QT_TRANSLATE_NOOP("wc::FrontMatterParser", "a misplaced key")},
        {YAML::ErrorMsg::BLOCK_ENTRY,
         QT_TRANSLATE_NOOP("wc::FrontMatterParser", "a \"- \" list item where none can start")},
        {YAML::ErrorMsg::UNKNOWN_TOKEN,
         QT_TRANSLATE_NOOP("wc::FrontMatterParser", "a character that cannot start a value")},
        {YAML::ErrorMsg::TAB_IN_INDENTATION,
         QT_TRANSLATE_NOOP("wc::FrontMatterParser", "a tab used for indentation")},
        {YAML::ErrorMsg::CHAR_IN_SCALAR,
         QT_TRANSLATE_NOOP("wc::FrontMatterParser", "a character not allowed in a value")},
        {YAML::ErrorMsg::UNKNOWN_ANCHOR,
         QT_TRANSLATE_NOOP("wc::FrontMatterParser", "an alias to an anchor that is not defined")},
    };
    for (const auto &[english, translatable] : known) {
        if (message == english)
            return QCoreApplication::translate("wc::FrontMatterParser", translatable);
    }
    return QString::fromStdString(message);
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

bool FrontMatterParser::readsBackPlain(const QString &value) {
    // A plain scalar is read back as the same string only when no YAML reader resolves it to
    // another type (YAML 1.1 as PyYAML's safe_load resolves: null, booleans such as `yes` and
    // `on`, sexagesimal and 0x/0b/0 integers, floats, dates; YAML 1.2's core schema as yaml-cpp
    // resolves: `~`, `null`, 0o integers, exponents) and nothing in it ends the scalar early or
    // makes it something other than a scalar (indicators, `: `, ` #`, a tab, a line break).
    if (value.isEmpty() || value.trimmed() != value)
        return false;
    static const QString indicators = QStringLiteral("-?:,[]{}#&*!|>'\"%@`");
    if (indicators.contains(value.front()))
        return false;
    const QChar first = value.front();
    if (first.isDigit() || first == u'.' || first == u'+' ||
        (value.size() > 1 && first == u'-' && (value[1].isDigit() || value[1] == u'.')))
        return false; // numbers, dates, times, .inf, .nan
    for (const QChar c : value) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f || c == QChar::LineSeparator ||
            c == QChar::ParagraphSeparator || c.unicode() == 0x85 || c.unicode() == 0xfeff)
            return false; // tabs (`a<TAB>#b` is cut short), line breaks, control characters
    }
    if (value.contains(QStringLiteral(": ")) || value.endsWith(u':') ||
        value.contains(QStringLiteral(" #")))
        return false;
    static const QRegularExpression resolved(QStringLiteral(
        "^(?:~|null|Null|NULL|y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|"
        "on|On|ON|off|Off|OFF|<<|=)$"));
    return !resolved.match(value).hasMatch();
}

QString FrontMatterParser::quoted(const QString &value, FrontMatterField::Quoting quoting) {
    const auto needsEscapes = [](const QString &v) {
        return std::any_of(v.begin(), v.end(), [](QChar c) {
            return (c.unicode() < 0x20 && c != u'\t') || c.unicode() == 0x7f ||
                   c.unicode() == 0x85 || c == QChar::LineSeparator ||
                   c == QChar::ParagraphSeparator || c.unicode() == 0xfeff;
        });
    };
    switch (quoting) {
    case FrontMatterField::Quoting::Double: {
        QString escaped;
        escaped.reserve(value.size() + 2);
        escaped += u'"';
        for (const QChar c : value) {
            switch (c.unicode()) {
            case u'\\':
                escaped += QStringLiteral("\\\\");
                break;
            case u'"':
                escaped += QStringLiteral("\\\"");
                break;
            case u'\n':
                escaped += QStringLiteral("\\n");
                break;
            case u'\r':
                escaped += QStringLiteral("\\r");
                break;
            case u'\t':
                escaped += QStringLiteral("\\t");
                break;
            default:
                if (c.unicode() < 0x20 || c.unicode() == 0x7f || c.unicode() == 0x85 ||
                    c == QChar::LineSeparator || c == QChar::ParagraphSeparator ||
                    c.unicode() == 0xfeff)
                    escaped += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
                else
                    escaped += c;
            }
        }
        escaped += u'"';
        return escaped;
    }
    case FrontMatterField::Quoting::Plain:
        if (readsBackPlain(value))
            return value;
        [[fallthrough]];
    case FrontMatterField::Quoting::Single:
    case FrontMatterField::Quoting::Other:
    default: {
        // Single quotes hold any printable text; line breaks and control characters need the
        // escapes of double quotes.
        if (needsEscapes(value))
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
    const auto lineOf = [&](const FrontMatterField &field) {
        return firstBodyLine +
               int(QStringView(text)
                       .sliced(frontMatter.body.begin, field.line.begin - frontMatter.body.begin)
                       .count(u'\n'));
    };
    // A quote left open on its line is a mistake even where YAML accepts it (it reads the
    // following lines into the value up to the next quote, and the key lines are no longer
    // what they look like): the front matter is reported and left alone.
    if (const FrontMatterField *field = unclosedQuote(text, frontMatter.fields)) {
        frontMatter.valid = false;
        const QString quote = field->quoting == FrontMatterField::Quoting::Single
                                  ? QStringLiteral("'")
                                  : QStringLiteral("\"");
        return Diagnostic{lineOf(*field),
                          QCoreApplication::translate("wc::FrontMatterParser",
                                                      "invalid YAML in the front matter: the %1 "
                                                      "that opens the value of \"%2\" is not "
                                                      "closed on its line")
                              .arg(quote, field->key)};
    }
    const QByteArray yaml = frontMatter.body.in(text).toUtf8();
    try {
        const YAML::Node root = YAML::Load(yaml.constData());
        if (root.IsNull())
            return std::nullopt;
        if (!root.IsMap()) {
            frontMatter.valid = false;
            return Diagnostic{firstBodyLine,
                              QCoreApplication::translate(
                                  "wc::FrontMatterParser",
                                  "the front matter is not a list of \"key: value\" lines")};
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
        return Diagnostic{line, QCoreApplication::translate("wc::FrontMatterParser",
                                                            "invalid YAML in the front matter: %1")
                                    .arg(yamlCause(error.msg))};
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
