// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "issuedocument.h"
#include "issueeditions.h"
#include "newsletterprofile.h"

#include <QString>
#include <QStringList>

class QRegularExpression;

namespace wc {

// The title-only outputs of one edition of an issue, from the profile's templates (texts). They
// are made of the edition's text (editionDocument()): its title, description, front matter,
// translated headings and cut item titles, so no output mixes the two languages. Templates may use
// {number}, {title}, {topic}, {description}, {date}, {file}, {fullTextUrl} and any front-matter
// key as {key}; a placeholder with no value is left empty.
class IssueSummary {
public:
    IssueSummary(const IssueDocument &document, NewsletterProfile profile,
                 Edition edition = Edition::Chinese);

    // For each section with items: **{heading as written}**, a blank line, then one line per
    // item `① {title}` (① … ⑳, ㉑ … ㊿, then 51. …), each followed by a blank line; between
    // the profile's summary-intro and summary-footer. Markdown: escapes are kept.
    QString blog() const;   // the front matter kept as it is
    QString github() const; // `# {title}` instead of the front matter
    // Telegram caption: telegram-header, the titles one per line, telegram-footer, escaped
    // for Telegram's (legacy) Markdown mode.
    QString telegram() const;
    // What Telegram counts against its 1,024-character caption limit: UTF-16 units of the
    // text once the Markdown is parsed (the escapes and markup gone).
    static qsizetype telegramLength(const QString &caption);
    static constexpr qsizetype telegramLimit = 1024;
    // The lines for the newsletter's README list of past issues (readme-entry template).
    QString readmeEntry() const;

    // `template` with the placeholders filled in.
    QString fill(const QString &templateText) const;
    // The placeholders of `template` that fill() leaves empty (or blank) for this edition of
    // the issue, each once, in the order they first appear.
    QStringList emptyPlaceholders(const QString &templateText) const;
    // Whether placeholder `key` takes its value from the front matter key of that name (all
    // but {number}, {title}, {topic}, {date} and {file}, which the issue's title, date and
    // file name give).
    static bool isFrontMatterPlaceholder(const QString &key);
    // The profile's fixed text `key` (readme-entry has a default when the profile has none).
    QString templateText(const QString &key) const;

private:
    struct Line {
        QString heading; // as written, for the Markdown outputs
        QStringList titles;
    };
    QList<Line> sections() const;
    QString summaryBody() const;
    QString itemTitle(QStringView written) const;
    QString placeholderValue(const QString &key) const;
    static const QRegularExpression &placeholderPattern();

    IssueDocument m_document; // the edition's
    NewsletterProfile m_profile;
    Edition m_edition;
};

// Inserts `entry` into a README's list of past issues (`- 第 N 期：…` lines): before the first
// entry when the list counts down, after the last when it counts up; at the end without a list.
// An entry already there for issue `number` (its line and the indented lines below it) is
// replaced instead, so inserting twice lists the issue once. The entry takes the README's
// line endings (CRLF when it has any).
QString readmeWithEntry(const QString &readme, const QString &entry, int number);

} // namespace wc
