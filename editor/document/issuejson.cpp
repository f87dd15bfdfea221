// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "issuejson.h"

namespace wc {

namespace {

class JsonWriter {
public:
    void string(QStringView s) {
        QString escaped;
        escaped.reserve(s.size() + 2);
        escaped += u'"';
        for (QChar c : s) {
            switch (c.unicode()) {
            case u'"':
                escaped += u"\\\"";
                break;
            case u'\\':
                escaped += u"\\\\";
                break;
            case u'\n':
                escaped += u"\\n";
                break;
            case u'\r':
                escaped += u"\\r";
                break;
            case u'\t':
                escaped += u"\\t";
                break;
            default:
                if (c.unicode() < 0x20)
                    escaped += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
                else
                    escaped += c;
            }
        }
        escaped += u'"';
        m_out += escaped.toUtf8();
    }
    void key(const char *name) {
        separator();
        m_out += '"';
        m_out += name;
        m_out += "\":";
        m_afterKey = true;
    }
    void key(QStringView name) {
        separator();
        string(name);
        m_out += ':';
        m_afterKey = true;
    }
    void value(QStringView s) {
        separator();
        string(s);
    }
    void number(int n) {
        separator();
        m_out += QByteArray::number(n);
    }
    void null() {
        separator();
        m_out += "null";
    }
    void open(char bracket) {
        separator();
        m_out += bracket;
        m_first = true;
    }
    void close(char bracket) {
        m_out += bracket;
        m_first = false;
    }
    QByteArray take() { return std::move(m_out); }

private:
    void separator() {
        if (m_afterKey) {
            m_afterKey = false;
            return;
        }
        if (!m_first && !m_out.isEmpty())
            m_out += ',';
        m_first = false;
    }
    QByteArray m_out;
    bool m_first = true;
    bool m_afterKey = false;
};

} // namespace

QByteArray issueToJson(const IssueDocument &document) {
    const QString &text = document.text();
    JsonWriter json;
    json.open('{');
    json.key("frontMatter");
    if (const auto &fm = document.frontMatter()) {
        json.open('{');
        for (const FrontMatterField &field : fm->fields) {
            json.key(field.key);
            json.value(field.value);
        }
        json.close('}');
    } else {
        json.null();
    }
    json.key("title");
    if (const auto title = document.title())
        json.value(*title);
    else
        json.null();
    json.key("number");
    if (const auto number = document.number())
        json.number(*number);
    else
        json.null();
    json.key("date");
    if (const auto date = document.date())
        json.value(date->toString(Qt::ISODate));
    else
        json.null();
    json.key("sections");
    json.open('[');
    for (const SectionNode &section : document.sections()) {
        json.open('{');
        json.key("level");
        json.number(section.level);
        json.key("heading");
        json.value(section.heading.in(text));
        json.key("label");
        json.value(document.sectionLabel(section));
        json.key("items");
        json.open('[');
        for (const ItemNode &item : section.items) {
            json.open('{');
            json.key("number");
            json.value(item.number.in(text));
            json.key("title");
            json.value(item.title.in(text));
            json.key("url");
            if (item.hasLink)
                json.value(item.url.in(text));
            else
                json.null();
            json.key("body");
            json.value(document.itemBody(item));
            json.close('}');
        }
        json.close(']');
        json.close('}');
    }
    json.close(']');
    // What the parser could not read as intended (invalid YAML, an unclosed front matter), so
    // scripts see it without opening the editor.
    json.key("diagnostics");
    json.open('[');
    for (const Diagnostic &diagnostic : document.diagnostics()) {
        json.open('{');
        json.key("line");
        json.number(diagnostic.line);
        json.key("message");
        json.value(diagnostic.message);
        json.close('}');
    }
    json.close(']');
    json.close('}');
    QByteArray out = json.take();
    out += '\n';
    return out;
}

} // namespace wc
