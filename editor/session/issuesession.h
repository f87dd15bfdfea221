// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bilingualtext.h"
#include "documentedits.h"
#include "issuedocument.h"
#include "lineendings.h"

#include <QElapsedTimer>
#include <QObject>
#include <QString>

class QTextDocument;

namespace wc {

class NodeSelection;

// One open issue: the QTextDocument that holds its text (the single source of truth, with
// the one undo history shared by every view) and the IssueDocument parsed from it after
// every change. Form edits come in as Edits and are applied as one undo step each.
//
// The QTextDocument holds "\n" line endings; each line's own ending (see lineendings.h) and
// the BOM are kept aside and restored when the bytes are written, so a file loaded and saved
// unedited gives back its bytes, whatever mix of endings it has.
class IssueSession : public QObject {
    Q_OBJECT
public:
    explicit IssueSession(QObject *parent = nullptr);

    QTextDocument *textDocument() const { return m_textDocument; }
    // The node the user is at, which every view of this issue follows.
    NodeSelection *selection() const { return m_selection; }
    const IssueDocument &document() const { return m_document; }
    const QString &filePath() const { return m_filePath; }
    QString displayName() const;
    int revision() const { return m_revision; }
    // What the last parse changed (sections replaced, the rest moved; or everything), at
    // revision(): the views update only those nodes.
    const DocumentChange &lastChange() const { return m_lastChange; }
    // The text change the last parse took in: [position, position + removed) of the text
    // before became `added`; or, `whole`, the text was parsed whole (a file opened, a change
    // the QTextDocument did not report in a usable way). A replica of the document (the
    // preview's worker) applies the same change with IssueDocument::applyChange.
    struct TextChange {
        bool whole = true;
        qsizetype position = 0;
        qsizetype removed = 0;
        QString added;
    };
    const TextChange &lastTextChange() const { return m_lastTextChange; }
    // isBilingualIssue(document()), counted again after a change only where it changed.
    bool isBilingual() const { return m_bilingual.isBilingual(m_document); }
    // False between a change of the text and its parse (signals can arrive in between).
    bool isParsed() const;
    bool isModified() const;
    // The text as it is now ("\n" line endings), even between a change and its parse.
    QString currentText() const;

    // Replaces the text (an open or a new document); clears the undo history.
    void setContents(const QString &text, const QString &filePath, const QString &lineEnding,
                     bool hasBom);
    bool load(const QString &path, QString *error);
    // Writes the file through FileWriter; the modified mark clears only after a confirmed
    // write, and a failed one leaves the file and the modified mark as they were.
    bool save(const QString &path, QString *error);
    QByteArray fileBytes() const;

    // The file on disk compared with what was last read from or written to it.
    enum class DiskState { Same, Changed, Missing };
    DiskState diskState() const;
    // Replaces the text with the file's current content as one undoable step (so cursors and
    // selections keep their places); the document is then unmodified. Never writes.
    bool reloadFromDisk(QString *error);
    // Puts text recovered after a crash in place of the loaded text, as a modification.
    void restoreText(const QString &text);

    // Applies `edit` (against the current document's text) as one undo step.
    bool apply(const Edit &edit);
    // Applies `edit` typed into the form field `field`: consecutive typing in the same field
    // joins the previous undo step, as typing does in the source. A pause, another field or
    // any other change of the text in between starts a new step.
    bool applyTyping(const Edit &edit, const QObject *field);
    // The next typed edit starts a new undo step.
    void breakTypingRun() { m_typingField = nullptr; }
    DocumentEdits edits() const { return DocumentEdits(m_document); }

    // The newsletter's conventions (its profile's footer markers and section emoji) that
    // every parse uses. Different ones parse the text again at once (documentChanged, a full
    // change); the text and its undo history are untouched.
    void setParseConventions(const ParseConventions &conventions);

signals:
    // After every change of the text, once it has been parsed again.
    void documentChanged();
    // In setContents(), before the text is replaced by one of `lineCount` lines: a view whose
    // geometry depends on the line count sets it now. Qt lays out every line again when a
    // view's width changes with the text in it (a QTextLayout per line: 7 MiB per MB).
    void contentsAboutToBeReplaced(qsizetype lineCount);
    // After setContents(): a file was opened or a new issue started (views go to the top).
    void contentsReplaced();
    void filePathChanged(const QString &path);
    void modificationChanged(bool modified);

private:
    void noteChange(int position, int removed, int added);
    void textChanged();
    void reparse() { reparse(m_document.conventions()); }
    // A change with other conventions than the document's is parsed whole.
    void reparse(ParseConventions conventions);
    // After m_document was parsed again: the new revision, announced.
    void finishParse();
    // Replaces the text with a file's text (its own line endings) as one undoable step.
    void replaceAllText(const QString &fileText);
    void applyReplacements(const Edit &edit, bool joinPrevious);

    QTextDocument *m_textDocument;
    NodeSelection *m_selection;
    IssueDocument m_document;
    QString m_filePath;
    QByteArray m_diskBytes; // the file's bytes as last read or written
    bool m_onDisk = false;
    LineEnding m_lineEnding = LineEnding::Lf; // lines without an ending of their own have it
    bool m_hasBom = false;
    int m_revision = 0;
    int m_parsedTextRevision = -1;
    DocumentChange m_lastChange;
    TextChange m_lastTextChange;
    BilingualTally m_bilingual;
    // The text changed since the last parse, as QTextDocument reported it: [m_changeFrom,
    // m_changeOldEnd) of the parsed text is [m_changeFrom, m_changeNewEnd) now.
    bool m_changePending = false;
    bool m_replacingContents = false; // in setContents(), which parses the new text itself
    qsizetype m_changeFrom = 0;
    qsizetype m_changeOldEnd = 0;
    qsizetype m_changeNewEnd = 0;
    // The field whose typing the last undo step holds, and the parse that step produced.
    const QObject *m_typingField = nullptr;
    int m_typingRevision = -1;
    QElapsedTimer m_typingClock;
};

} // namespace wc
