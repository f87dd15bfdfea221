// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "issuesession.h"

#include "filewriter.h"
#include "issuefile.h"
#include "nodeselection.h"

#include <QAbstractTextDocumentLayout>
#include <QFile>
#include <QFileInfo>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

#include <algorithm>

namespace wc {

namespace {

// QTextDocument reports contentsChange (where the text changed) only to a document that has a
// layout. Until a view installs its own (the source editor's SourceTextLayout), this one,
// which lays out nothing, keeps the reports coming, so the session parses incrementally with
// or without a view.
class NoLayout : public QAbstractTextDocumentLayout {
public:
    using QAbstractTextDocumentLayout::QAbstractTextDocumentLayout;
    void draw(QPainter *, const PaintContext &) override {}
    int hitTest(const QPointF &, Qt::HitTestAccuracy) const override { return -1; }
    int pageCount() const override { return 1; }
    QSizeF documentSize() const override { return {}; }
    QRectF frameBoundingRect(QTextFrame *) const override { return {}; }
    QRectF blockBoundingRect(const QTextBlock &) const override { return {}; }

protected:
    void documentChanged(int, int, int) override {}
};

} // namespace

IssueSession::IssueSession(QObject *parent)
    : QObject(parent)
    , m_textDocument(new QTextDocument(this))
    , m_selection(new NodeSelection(this))
    , m_document(IssueDocument::parse({})) {
    // contentsChange says where the text changed; contentsChanged follows once it has.
    m_textDocument->setDocumentLayout(new NoLayout(m_textDocument));
    connect(m_textDocument, &QTextDocument::contentsChange, this, &IssueSession::noteChange);
    connect(m_textDocument, &QTextDocument::contentsChanged, this, &IssueSession::textChanged);
    connect(m_textDocument, &QTextDocument::modificationChanged, this,
            &IssueSession::modificationChanged);
}

QString IssueSession::displayName() const {
    return m_filePath.isEmpty() ? tr("Untitled") : QFileInfo(m_filePath).fileName();
}

bool IssueSession::isParsed() const {
    return m_parsedTextRevision == m_textDocument->revision();
}

bool IssueSession::isModified() const {
    return m_textDocument->isModified();
}

QString IssueSession::currentText() const {
    // toPlainText() would turn no-break spaces into plain spaces; the raw text keeps them.
    QString text = m_textDocument->toRawText();
    text.replace(QChar::ParagraphSeparator, u'\n');
    return text;
}

void IssueSession::setContents(const QString &text, const QString &filePath,
                               const QString &lineEnding, bool hasBom) {
    m_filePath = filePath;
    m_diskBytes.clear();
    m_onDisk = false;
    m_lineEnding = lineEndingOf(lineEnding);
    m_hasBom = hasBom;
    const SplitText split = splitLineEndings(text);
    emit contentsAboutToBeReplaced(qsizetype(split.endings.size()) + 1);
    // The new text is parsed once it is all in (line endings included), not on each change
    // signal that taking it in sends.
    m_replacingContents = true;
    m_textDocument->setUndoRedoEnabled(false);
    m_textDocument->setPlainText(split.text);
    setBlockEndings(m_textDocument, split.endings, m_lineEnding);
    m_textDocument->setUndoRedoEnabled(true);
    m_replacingContents = false;
    m_document = IssueDocument::parse(currentText(), QFileInfo(m_filePath).fileName(), false,
                                      m_document.conventions());
    m_lastChange = {};
    m_lastTextChange = {};
    finishParse();
    m_textDocument->setModified(false);
    breakTypingRun();
    emit filePathChanged(m_filePath);
    emit contentsReplaced();
}

bool IssueSession::load(const QString &path, QString *error) {
    auto loaded = IssueFile::loadText(path);
    if (!loaded.text) {
        *error = loaded.error;
        return false;
    }
    setContents(*loaded.text, QFileInfo(path).absoluteFilePath(), loaded.lineEnding, loaded.hasBom);
    m_diskBytes = loaded.bytes;
    m_onDisk = true;
    return true;
}

IssueSession::DiskState IssueSession::diskState() const {
    if (m_filePath.isEmpty() || !m_onDisk)
        return DiskState::Same;
    if (!QFileInfo::exists(m_filePath))
        return DiskState::Missing;
    // Through IssueFile: should the path have become a FIFO or a device, looking must not hang.
    QString problem;
    const auto bytes = IssueFile::readBytes(m_filePath, &problem);
    return bytes && *bytes == m_diskBytes ? DiskState::Same : DiskState::Changed;
}

void IssueSession::replaceAllText(const QString &fileText) {
    // One minimal replacement: the unchanged start and end keep their positions, and with
    // them the cursors of every view. The lines then take the endings of the new text, in the
    // same undo step.
    const SplitText split = splitLineEndings(fileText);
    const QString current = currentText();
    QTextCursor step(m_textDocument);
    step.beginEditBlock();
    apply(minimized(current, {{0, current.size()}, split.text}));
    setBlockEndings(m_textDocument, split.endings, m_lineEnding);
    step.endEditBlock();
}

bool IssueSession::reloadFromDisk(QString *error) {
    auto loaded = IssueFile::loadText(m_filePath);
    if (!loaded.text) {
        *error = loaded.error;
        return false;
    }
    m_hasBom = loaded.hasBom;
    replaceAllText(*loaded.text);
    m_diskBytes = loaded.bytes;
    m_onDisk = true;
    m_textDocument->setModified(false);
    return true;
}

void IssueSession::restoreText(const QString &text) {
    replaceAllText(text);
    m_textDocument->setModified(true);
}

QByteArray IssueSession::fileBytes() const {
    QByteArray bytes = m_hasBom ? QByteArray("\xEF\xBB\xBF") : QByteArray();
    bytes += textWithEndings(m_textDocument, m_lineEnding).toUtf8();
    return bytes;
}

bool IssueSession::save(const QString &path, QString *error) {
    const QByteArray bytes = fileBytes();
    if (const auto written = FileWriter::write(path, bytes); !written) {
        *error = tr("Cannot save %1: %2").arg(path, written.cause);
        return false;
    }
    m_diskBytes = bytes;
    m_onDisk = true;
    m_textDocument->setModified(false);
    if (QFileInfo(path).absoluteFilePath() != m_filePath) {
        m_filePath = QFileInfo(path).absoluteFilePath();
        emit filePathChanged(m_filePath);
    }
    return true;
}

bool IssueSession::apply(const Edit &edit) {
    if (edit.isEmpty())
        return false;
    breakTypingRun();
    applyReplacements(edit, false);
    return true;
}

bool IssueSession::applyTyping(const Edit &edit, const QObject *field) {
    if (edit.isEmpty())
        return false;
    // The source view's own typing runs end after about this long without a key.
    constexpr qint64 pauseMs = 1500;
    const bool join = field && field == m_typingField && m_typingRevision == m_revision &&
                      m_typingClock.isValid() && m_typingClock.elapsed() < pauseMs &&
                      m_textDocument->isUndoAvailable();
    applyReplacements(edit, join);
    m_typingField = field;
    m_typingRevision = m_revision;
    m_typingClock.start();
    return true;
}

void IssueSession::applyReplacements(const Edit &edit, bool joinPrevious) {
    QTextCursor cursor(m_textDocument);
    if (joinPrevious)
        cursor.joinPreviousEditBlock();
    else
        cursor.beginEditBlock();
    // From the last replacement to the first, so earlier offsets stay valid.
    for (auto it = edit.crbegin(); it != edit.crend(); ++it) {
        // A replacement that joins lines leaves the ending of its last line after it, but
        // QTextDocument keeps the first line's block (and so its ending): put it back.
        const LineEnding kept =
            blockEnding(m_textDocument->findBlock(int(it->range.end)), m_lineEnding);
        cursor.setPosition(int(it->range.begin));
        cursor.setPosition(int(it->range.end), QTextCursor::KeepAnchor);
        cursor.insertText(it->text);
        setBlockEnding(cursor, kept, m_lineEnding);
    }
    cursor.endEditBlock();
}

void IssueSession::noteChange(int position, int removed, int added) {
    if (m_replacingContents)
        return; // setContents() parses the new text whole
    // Changes between two parses (normally one) merge into one range of the parsed text.
    if (!m_changePending) {
        m_changePending = true;
        m_changeFrom = position;
        m_changeOldEnd = qsizetype(position) + removed;
        m_changeNewEnd = qsizetype(position) + added;
        return;
    }
    const qsizetype end = qsizetype(position) + removed; // in the text as it is now
    m_changeOldEnd = std::max(m_changeOldEnd, end - (m_changeNewEnd - m_changeOldEnd));
    m_changeNewEnd = std::max(m_changeNewEnd + added - removed, qsizetype(position) + added);
    m_changeFrom = std::min(m_changeFrom, qsizetype(position));
}

void IssueSession::setParseConventions(const ParseConventions &conventions) {
    if (conventions == m_document.conventions())
        return;
    m_changePending = false; // the whole text is parsed again, any change in it included
    reparse(conventions);
}

void IssueSession::textChanged() {
    if (m_replacingContents)
        return;
    // QTextDocument says "contents changed" at the end of every edit block, also of one that
    // changed only how the text is drawn (a highlighter recolouring lines, which at 16 MB
    // cost a whole parse and every view's update at open): no change of the text was
    // reported and its length is the parsed one, so there is nothing to parse.
    if (!m_changePending && m_parsedTextRevision >= 0 &&
        m_textDocument->characterCount() - 1 == m_document.text().size()) {
        m_parsedTextRevision = m_textDocument->revision();
        return;
    }
    reparse();
}

// `conventions` is a copy: a whole parse replaces the document that held them.
void IssueSession::reparse(ParseConventions conventions) {
    const QString fileName = QFileInfo(m_filePath).fileName();
    const qsizetype size = m_textDocument->characterCount() - 1; // without the final separator
    const qsizetype parsedSize = m_document.text().size();
    // QTextDocument counts its final paragraph separator in some reports (setPlainText): a
    // range that does not add up, or a new file name, gets a whole parse.
    const bool local =
        m_changePending && conventions == m_document.conventions() &&
        fileName == m_document.fileName() && m_changeFrom >= 0 && m_changeFrom <= m_changeOldEnd &&
        m_changeFrom <= m_changeNewEnd && m_changeOldEnd <= parsedSize && m_changeNewEnd <= size &&
        parsedSize - (m_changeOldEnd - m_changeFrom) + (m_changeNewEnd - m_changeFrom) == size;
    if (local) {
        // Only the changed characters are read from the QTextDocument (no copy of the text).
        QTextCursor changed(m_textDocument);
        changed.setPosition(int(m_changeFrom));
        changed.setPosition(int(m_changeNewEnd), QTextCursor::KeepAnchor);
        QString added = changed.selectedText();
        added.replace(QChar::ParagraphSeparator, u'\n');
        m_lastChange = m_document.applyChange(m_changeFrom, m_changeOldEnd - m_changeFrom, added);
        m_lastTextChange = {false, m_changeFrom, m_changeOldEnd - m_changeFrom, std::move(added)};
    } else {
        m_document = IssueDocument::parse(currentText(), fileName, false, conventions);
        m_lastChange = {};
        m_lastTextChange = {};
    }
    finishParse();
}

void IssueSession::finishParse() {
    m_changePending = false;
    m_parsedTextRevision = m_textDocument->revision();
    ++m_revision;
    m_bilingual.update(m_document, m_revision, m_lastChange);
    emit documentChanged();
}

} // namespace wc
