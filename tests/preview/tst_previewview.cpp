// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The live preview in Qt WebEngine, looked at from inside its page: an edit replaces only the
// changed section's nodes, the scroll position stays, the selected item is marked, a click
// selects in the editor, and nothing is rendered while the preview is hidden.
#include "htmlexportactions.h"
#include "issuerenderer.h"
#include "outlinemodel.h"
#include "previewharness.h"
#include "replicarenderer.h"
#include "settings.h"
#include "sourceeditor.h"
#include "testsupport.h"
#include "typing.h"

#include <QClipboard>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMimeData>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QThread>

#include <csignal>
#include <functional>

using namespace wc;

namespace {

QString sample() {
    return test::sampleFile(QStringLiteral("2026-11-21-weekly.md"));
}

// Puts the source cursor on `line` (1-based), `column` characters in.
void placeCursor(test::PreviewHarness &h, int line, int column = 0) {
    QTextCursor cursor(h.session()->textDocument()->findBlockByNumber(line - 1));
    cursor.movePosition(QTextCursor::Right, QTextCursor::MoveAnchor, column);
    h.editor->sourceEditor()->setTextCursor(cursor);
    h.editor->sourceEditor()->setFocus();
}

// The fragments' elements in order: the header and the preamble, then the sections in their
// groups.
const QString fragments = QStringLiteral("#issue > :not(.wc-group), #issue > .wc-group > *");
// Gives every fragment element and every item element a property in the page's world: a
// replaced node comes back without it.
const QString tagNodes =
    QStringLiteral(
        "for (const e of document.querySelectorAll('%1, #issue .item')) e.__wcTag = true; true")
        .arg(fragments);
const QString taggedFragments =
    QStringLiteral("Array.from(document.querySelectorAll('%1')).map(e => e.__wcTag === true)")
        .arg(fragments);

QString markedSelector(test::PreviewHarness &h) {
    return h
        .js(QStringLiteral(
            "(() => { const m = document.querySelectorAll('.wc-current');"
            " if (m.length !== 1) return 'marks: ' + m.length;"
            " const e = m[0]; const s = e.closest('section');"
            " return (s ? s.dataset.section : '-') + ':' + (e.dataset.item ?? '-'); })()"))
        .toString();
}

bool markedInView(test::PreviewHarness &h) {
    return h
        .js(QStringLiteral("(() => { const r = document.querySelector('.wc-current')"
                           ".getBoundingClientRect(); return r.top >= 0 && r.bottom <= "
                           "window.innerHeight; })()"))
        .toBool();
}

// "" when the page's fragments, in order, equal a whole render of the session's document by a
// renderer of its own (each compared as DOM nodes, the selection's mark left out), else what
// differs.
QString pageAgainstWholeRender(test::PreviewHarness &h) {
    QJsonArray expected;
    for (const RenderedFragment &fragment : IssueRenderer().render(h.session()->document()))
        expected.append(fragment.pageHtml());
    return h
        .js(QStringLiteral("(() => { const expected = %1;"
                           " const shown = Array.from(document.querySelectorAll('%2'));"
                           " if (shown.length !== expected.length)"
                           "   return 'the page holds ' + shown.length + ' of ' + expected.length;"
                           " for (let i = 0; i < shown.length; ++i) {"
                           "   const template = document.createElement('template');"
                           "   template.innerHTML = expected[i];"
                           "   const got = shown[i].cloneNode(true);"
                           "   for (const e of [got, ...got.querySelectorAll('.wc-current')])"
                           "     e.classList.remove('wc-current');"
                           "   if (!got.isEqualNode(template.content.firstElementChild))"
                           "     return 'fragment ' + i + ' differs';"
                           " }"
                           " return ''; })()")
                .arg(QString::fromUtf8(QJsonDocument(expected).toJson(QJsonDocument::Compact)),
                     fragments))
        .toString();
}

// The sample with its sections repeated `times` times: a long issue.
QString writeLongIssue(const QString &folder, int times) {
    QFile in(sample());
    if (!in.open(QIODevice::ReadOnly))
        return {};
    const QString text = QString::fromUtf8(in.readAll());
    const qsizetype sections = text.indexOf(QStringLiteral("\n## ")) + 1;
    QString issue = text.left(sections);
    for (int i = 0; i < times; ++i)
        issue += text.sliced(sections) + u'\n';
    const QString path = folder + QStringLiteral("/2026-11-28-weekly.md");
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(issue.toUtf8()) < 0 || !out.flush())
        return {};
    return path;
}

// Calls `record` whenever `target` receives an event of `type`, before it is handled.
class EventRecorder : public QObject {
public:
    EventRecorder(QObject *target, QEvent::Type type, std::function<void()> record)
        : m_type(type)
        , m_record(std::move(record)) {
        target->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *, QEvent *event) override {
        if (event->type() == m_type)
            m_record();
        return false;
    }

private:
    QEvent::Type m_type;
    std::function<void()> m_record;
};

} // namespace

class TestPreviewView : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true); // settings written here stay out of the user's
        Settings::instance().setPreviewTheme(QStringLiteral("default"));
        Settings::instance().setPreviewUserCssPath({});
    }

    void thePageShowsTheIssueAndLoadsOnce() {
        test::PreviewHarness h;
        QVERIFY(h.open(sample()));
        QSignalSpy loads(h.preview->page(), &QWebEnginePage::loadStarted);
        QCOMPARE(h.js(QStringLiteral("document.querySelectorAll('#issue section.section').length"))
                     .toInt(),
                 4);
        QCOMPARE(
            h.js(QStringLiteral("document.querySelector('.issue-title').textContent")).toString(),
            QStringLiteral("Python 潮流周刊#180：用 Rust 重写的工具还能快多少？"));
        QCOMPARE(h.js(QStringLiteral("document.querySelectorAll('#issue .item').length")).toInt(),
                 h.session()->document().itemCount());
        // The front matter is the header, not text.
        QVERIFY(!h.js(QStringLiteral("document.body.innerText"))
                     .toString()
                     .contains(QStringLiteral("pubDate")));
        placeCursor(h, 19, 2);
        test::typeText(h.editor->sourceEditor(), QStringLiteral("一二三\n四"));
        QVERIFY(h.waitForCurrentRevision());
        QVERIFY(h.js(QStringLiteral("document.body.innerText"))
                    .toString()
                    .contains(QStringLiteral("四")));
        QCOMPARE(loads.size(), 0); // updates never reload the page
    }

    void anEditReplacesOnlyTheChangedSection() {
        test::PreviewHarness h;
        QVERIFY(h.open(sample()));
        QVERIFY(h.js(tagNodes).toBool());
        // Type into the title of the second section's first item (line 39).
        placeCursor(h, 39, 3);
        test::typeText(h.editor->sourceEditor(), QStringLiteral("新"));
        QVERIFY(h.waitForCurrentRevision());
        QCOMPARE(h.preview->lastSentCount(), 1);
        QCOMPARE(h.js(taggedFragments).toList(),
                 (QVariantList{true, true, true, false, true, true}));
        QCOMPARE(
            h.js(QStringLiteral("document.querySelector('section[data-section=\"1\"] .item-head a')"
                                ".textContent"))
                .toString(),
            QStringLiteral("新quickparse：零依赖的增量 Markdown 解析器"));
        // Items of the other sections are the same nodes.
        const int otherItems = h.session()->document().itemCount() -
                               int(h.session()->document().sections()[1].items.size());
        QCOMPARE(h.js(QStringLiteral("Array.from(document.querySelectorAll('#issue .item'))"
                                     ".filter(e => e.__wcTag === true).length"))
                     .toInt(),
                 otherItems);

        // A new line in the first section: the sections after it keep their nodes, and
        // nothing is sent for them (the page holds no absolute line numbers, which every
        // later section would need anew).
        QVERIFY(h.js(tagNodes).toBool());
        placeCursor(h, 19);
        QTextCursor cursor = h.editor->sourceEditor()->textCursor();
        cursor.movePosition(QTextCursor::EndOfBlock);
        h.editor->sourceEditor()->setTextCursor(cursor);
        test::typeText(h.editor->sourceEditor(), QStringLiteral("\n"));
        QVERIFY(h.waitForCurrentRevision());
        QCOMPARE(h.js(taggedFragments).toList(),
                 (QVariantList{true, true, false, true, true, true}));
        QCOMPARE(h.preview->lastSentCount(), 1);
        QCOMPARE(
            h.js(QStringLiteral("document.querySelectorAll('%1').length")
                     .arg(QStringLiteral("#issue > [data-line], #issue > .wc-group > [data-line]")))
                .toInt(),
            0);
        QCOMPARE(pageAgainstWholeRender(h), QString());
    }

    // A long issue's sections sit in the page in groups of 64 (page.js), so that a frame does
    // not walk every section: in order, each found by its index, a keystroke replacing only its
    // own section's element, and sections removed and put back by undo regrouped, always equal
    // to a whole render.
    void aLongIssuesSectionsStayInOrderInTheirGroups() {
        QTemporaryDir folder;
        const QString path = writeLongIssue(folder.path(), 40);
        QVERIFY(!path.isEmpty());
        test::PreviewHarness h;
        QVERIFY(h.open(path));
        const qsizetype sections = h.session()->document().sections().size();
        QCOMPARE(sections, 160);
        QCOMPARE(pageAgainstWholeRender(h), QString());
        QCOMPARE(
            h.js(QStringLiteral("document.querySelectorAll('#issue > .wc-group').length")).toInt(),
            3); // 64 + 64 + 32

        // A keystroke in section 100 (the second group) replaces its element only.
        QVERIFY(h.js(tagNodes).toBool());
        const IssueDocument &document = h.session()->document();
        placeCursor(h, document.lineNumberAt(document.sections()[100].items.first().title.begin),
                    1);
        test::typeText(h.editor->sourceEditor(), QStringLiteral("新"));
        QVERIFY(h.waitForCurrentRevision());
        QCOMPARE(h.preview->lastSentCount(), 1);
        QVariantList tagged(2 + sections, true);
        tagged[2 + 100] = false;
        QCOMPARE(h.js(taggedFragments).toList(), tagged);
        QCOMPARE(pageAgainstWholeRender(h), QString());
        // The mark is found by its index in the groups.
        h.editor->selectNode({OutlineNode::Kind::Item, 129, 2});
        QVERIFY(QTest::qWaitFor([&] { return markedSelector(h) == u"129:2"; }, 10000));
        QVERIFY(markedInView(h)); // revealed, in a group that was out of view
        // The group's containment clips to its box: the marked item, which stands out of the
        // column on both sides, stays inside it, so its border and background show.
        QVERIFY(
            h.js(QStringLiteral("(() => { const e = document.querySelector('.wc-current');"
                                " const r = e.getBoundingClientRect();"
                                " const g = e.closest('.wc-group').getBoundingClientRect();"
                                " return r.left < e.closest('section').getBoundingClientRect().left"
                                "   && g.left <= r.left && r.right <= g.right; })()"))
                .toBool());

        // Sections 10 to 139 removed: the 30 left in one group, the others gone.
        QTextCursor cut(h.session()->textDocument());
        cut.setPosition(int(document.sections()[10].begin));
        cut.setPosition(int(document.sections()[140].begin), QTextCursor::KeepAnchor);
        cut.removeSelectedText();
        QVERIFY(h.waitForCurrentRevision());
        QCOMPARE(h.session()->document().sections().size(), 30);
        QCOMPARE(pageAgainstWholeRender(h), QString());
        QCOMPARE(h.js(QStringLiteral("Array.from(document.querySelectorAll('#issue > .wc-group'))"
                                     ".map(g => g.children.length)"))
                     .toList(),
                 (QVariantList{30}));

        h.session()->textDocument()->undo();
        QVERIFY(h.waitForCurrentRevision());
        QCOMPARE(h.session()->document().sections().size(), 160);
        QCOMPARE(pageAgainstWholeRender(h), QString());
    }

    // The page's update finds the fragments it replaces and the marked node by their index:
    // no query over the whole document (whose cost grew with the issue on every keystroke).
    void anUpdateQueriesNoWholeDocument() {
        test::PreviewHarness h;
        QVERIFY(h.open(sample()));
        h.editor->selectNode({OutlineNode::Kind::Item, 1, 0});
        QVERIFY(QTest::qWaitFor([&] { return markedSelector(h) == u"1:0"; }, 10000));
        // Counts the queries made on the document or on #issue from now on.
        QVERIFY(h.js(QStringLiteral(
                         "window.wcWholeQueries = 0;"
                         " for (const type of [Document, Element])"
                         "   for (const name of ['querySelector', 'querySelectorAll',"
                         "                       'getElementsByClassName']) {"
                         "     const original = type.prototype[name];"
                         "     type.prototype[name] = function (...args) {"
                         "       if (this === document || this.id === 'issue') ++wcWholeQueries;"
                         "       return original.apply(this, args); }; }"
                         " true"))
                    .toBool());
        placeCursor(h, 41, 2);
        test::typeText(h.editor->sourceEditor(), QStringLiteral("z"));
        QVERIFY(h.waitForCurrentRevision());
        QCOMPARE(h.preview->lastSentCount(), 1);
        QCOMPARE(h.js(QStringLiteral("wcWholeQueries")).toInt(), 0);
        // The mark stayed on its item, in the section's new element (queried from here on).
        QCOMPARE(markedSelector(h), QStringLiteral("1:0"));
    }

    void theScrollPositionStaysWhileTyping() {
        test::PreviewHarness h;
        QVERIFY(h.open(sample(), {1400, 520}));
        // Put the cursor in an item far down: the preview scrolls it into view.
        placeCursor(h, 58, 3); // the podcast section's item
        QVERIFY(
            QTest::qWaitFor([&] { return markedSelector(h) == u"2:0" && markedInView(h); }, 10000));
        const int scrolled = h.js(QStringLiteral("window.scrollY")).toInt();
        QVERIFY2(scrolled > 0, "the page should be taller than the view");
        for (const QString &text :
             {QStringLiteral("播"), QStringLiteral("客"), QStringLiteral("x")}) {
            test::typeText(h.editor->sourceEditor(), text);
            QVERIFY(h.waitForCurrentRevision());
            QCOMPARE(h.js(QStringLiteral("window.scrollY")).toInt(), scrolled);
        }
        QVERIFY(h.js(QStringLiteral("document.querySelector('.wc-current').textContent"))
                    .toString()
                    .contains(QStringLiteral("播客xTalk Python")));
    }

    void theSelectedItemIsMarkedAndRevealed() {
        test::PreviewHarness h;
        QVERIFY(h.open(sample(), {1400, 520}));
        h.editor->selectNode({OutlineNode::Kind::Item, 1, 2});
        QVERIFY(QTest::qWaitFor([&] { return markedSelector(h) == u"1:2"; }, 10000));
        QVERIFY(markedInView(h));
        // Moving the source cursor into another item moves the mark.
        placeCursor(h, 21, 1); // the first section's first item, its image line
        QVERIFY(QTest::qWaitFor([&] { return markedSelector(h) == u"0:0"; }, 10000));
        QVERIFY(markedInView(h));
        // A section.
        h.editor->selectNode({OutlineNode::Kind::Section, 3, -1});
        QVERIFY(QTest::qWaitFor([&] { return markedSelector(h) == u"3:-"; }, 10000));
        // The mark survives the replacement of its section by an edit.
        h.editor->selectNode({OutlineNode::Kind::Item, 1, 0});
        QVERIFY(QTest::qWaitFor([&] { return markedSelector(h) == u"1:0"; }, 10000));
        placeCursor(h, 41, 2);
        test::typeText(h.editor->sourceEditor(), QStringLiteral("z"));
        QVERIFY(h.waitForCurrentRevision());
        QCOMPARE(markedSelector(h), QStringLiteral("1:0"));
    }

    void clickingAnItemSelectsItInTheEditor() {
        test::PreviewHarness h;
        QVERIFY(h.open(sample()));
        h.editor->selectNode({OutlineNode::Kind::Item, 0, 0});
        QVERIFY(QTest::qWaitFor([&] { return markedSelector(h) == u"0:0"; }, 10000));
        // The middle of the description of the second project (not on a link).
        const QVariantList rect =
            h.js(QStringLiteral(
                     "(() => { const e = document.querySelector("
                     "'section[data-section=\"1\"] .item[data-item=\"1\"] .item-body p');"
                     " e.scrollIntoView({block: 'center'}); const r = e.getBoundingClientRect();"
                     " return [r.left + 20, r.top + r.height / 2]; })()"))
                .toList();
        QCOMPARE(rect.size(), 2);
        const QPoint point(int(rect[0].toDouble()), int(rect[1].toDouble()));
        QWidget *surface = h.preview->focusProxy();
        QVERIFY(surface);
        QTest::mouseMove(surface, point);
        QTest::mouseClick(surface, Qt::LeftButton, {}, point);
        QVERIFY(QTest::qWaitFor(
            [&] {
                return h.editor->currentNode() == OutlineNode{OutlineNode::Kind::Item, 1, 1};
            },
            10000));
        QVERIFY(QTest::qWaitFor([&] { return markedSelector(h) == u"1:1"; }, 10000));
        // The source cursor went there too: the item's lines.
        const int line = h.editor->sourceEditor()->textCursor().blockNumber() + 1;
        QVERIFY2(line >= 43 && line <= 45, qPrintable(QString::number(line)));
    }

    void nothingIsRenderedWhileHidden() {
        test::PreviewHarness h;
        QVERIFY(h.open(sample()));
        const int shown = h.preview->shownRevision();
        QSignalSpy applied(h.preview, &PreviewView::updateApplied);
        h.preview->hide();
        placeCursor(h, 19, 2);
        test::typeText(h.editor->sourceEditor(), QStringLiteral("隐藏时"));
        h.js(QStringLiteral("true")); // a round trip through the page
        QCOMPARE(applied.size(), 0);
        QCOMPARE(h.preview->shownRevision(), shown);
        QVERIFY(!h.js(QStringLiteral("document.body.textContent"))
                     .toString()
                     .contains(QStringLiteral("隐藏时")));
        // Shown again, it catches up in one update.
        h.preview->show();
        QVERIFY(h.waitForCurrentRevision());
        QCOMPARE(applied.size(), 1);
        QVERIFY(h.js(QStringLiteral("document.body.textContent"))
                    .toString()
                    .contains(QStringLiteral("隐藏时")));
    }

    // The render runs on a worker thread, one at a time: keystrokes typed while one runs share
    // the next. The page gets the revisions in order, never an older one after a newer one,
    // and ends with every character.
    void keystrokesDuringARenderShareTheNextAndNeverGoBack() {
        test::PreviewHarness h;
        QVERIFY(h.open(sample()));
        QList<int> sent;
        QList<int> applied;
        connect(h.preview, &PreviewView::updateSent, this, [&](int revision) { sent << revision; });
        connect(h.preview, &PreviewView::updateApplied, this,
                [&](int revision) { applied << revision; });
        placeCursor(h, 39, 3);
        const QString typed = QStringLiteral("一二三四五六七八九十甲乙丙丁戊己庚辛壬癸");
        for (const QChar c : typed) {
            test::typeText(h.editor->sourceEditor(), QString(c));
            QTest::qWait(1); // the zero timer fires: a render is asked for after each key
        }
        QVERIFY(h.waitForCurrentRevision());
        QVERIFY(!applied.isEmpty());
        QCOMPARE(applied.last(), h.session()->revision());
        for (qsizetype i = 1; i < applied.size(); ++i)
            QVERIFY2(applied[i] >= applied[i - 1], "an older revision came after a newer one");
        for (qsizetype i = 1; i < sent.size(); ++i)
            QVERIFY(sent[i] >= sent[i - 1]);
        QVERIFY(sent.size() <= typed.size());
        QVERIFY(h.js(QStringLiteral("document.querySelector('section[data-section=\"1\"] "
                                    ".item-head a').textContent"))
                    .toString()
                    .startsWith(typed + QStringLiteral("quickparse")));
        // Deleting it all again: the page loses every character (an update made against what
        // the page holds, not against an older render).
        for (qsizetype i = 0; i < typed.size(); ++i) {
            QTest::keyClick(h.editor->sourceEditor(), Qt::Key_Backspace);
            QTest::qWait(1);
        }
        QVERIFY(h.waitForCurrentRevision());
        QCOMPARE(h.js(QStringLiteral("document.querySelector('section[data-section=\"1\"] "
                                     ".item-head a').textContent"))
                     .toString(),
                 QStringLiteral("quickparse：零依赖的增量 Markdown 解析器"));
    }

    // The worker's replica, kept by the session's text changes alone, equals the session's
    // document after typing, multi-line replacements, undo, redo and a reload, and renders
    // the same fragments as a renderer given the session's document.
    void theWorkersReplicaFollowsTheSession() {
        IssueSession session;
        QString error;
        QVERIFY(session.load(sample(), &error));
        ReplicaRenderer replica;
        QList<RenderedFragment> shown;
        bool whole = true;
        int checked = 0;
        auto follow = [&] {
            ReplicaRenderer::Input input;
            input.revision = session.revision();
            input.fileName = session.document().fileName();
            const IssueSession::TextChange &change = session.lastTextChange();
            if (whole || change.whole)
                input.wholeText = session.document().text();
            else
                input.changes = {{change.position, change.removed, change.added}};
            whole = false;
            input.shown = shown;
            ReplicaRenderer::Output output = replica.render(std::move(input));
            QVERIFY(replica.document());
            QVERIFY(*replica.document() == session.document());
            IssueRenderer direct;
            QCOMPARE(output.fragments, direct.render(session.document()));
            QCOMPARE(output.script.isEmpty(),
                     output.changedCount == 0 && output.fragments.size() == shown.size());
            shown = output.fragments;
            ++checked;
        };
        follow();
        connect(&session, &IssueSession::documentChanged, this, follow);
        QRandomGenerator random(12);
        QTextDocument *text = session.textDocument();
        const QStringList insertions{
            QStringLiteral("字"), QStringLiteral("\n"),
            QStringLiteral("\n## 新的一节\n\n1、[标题](https://a.example)\n"),
            QStringLiteral("```\n"), QStringLiteral("[^1]: 注\n")};
        for (int i = 0; i < 60; ++i) {
            QTextCursor cursor(text);
            const int size = text->characterCount() - 1;
            cursor.setPosition(int(random.bounded(size + 1)));
            if (i % 3 == 2)
                cursor.setPosition(std::min(size, cursor.position() + int(random.bounded(40))),
                                   QTextCursor::KeepAnchor);
            cursor.insertText(insertions[i % insertions.size()]);
        }
        for (int i = 0; i < 10; ++i)
            text->undo();
        for (int i = 0; i < 5; ++i)
            text->redo();
        QVERIFY(session.load(sample(), &error)); // a whole new text
        QVERIFY(checked > 1 + 60 + 10 + 5);      // every change was compared
    }

    void theEditorRepaintsBeforeThePreviewUpdates() {
        // The preview's render and send wait until the keystroke's repaint is done, so the
        // character shows in the editor first (and the page's work does not compete with it).
        test::PreviewHarness h;
        QVERIFY(h.open(sample()));
        placeCursor(h, 39, 3);
        QCoreApplication::processEvents();
        QStringList order;
        EventRecorder repaints(h.editor.get(), QEvent::UpdateRequest, [&] { order << "repaint"; });
        connect(h.preview, &PreviewView::updateSent, this, [&] { order << "preview"; });
        test::typeText(h.editor->sourceEditor(), QStringLiteral("新"));
        QVERIFY2(!order.contains(u"preview"_qs), "the preview updated inside the key event");
        QVERIFY(h.waitForCurrentRevision());
        QVERIFY(order.contains(u"preview"_qs));
        QCOMPARE(order.first(), u"repaint"_qs);
        QCOMPARE(order.count(u"preview"_qs), 1);
    }

    void themesAndTheUserStyleSheet() {
        test::PreviewHarness h;
        QVERIFY(h.open(sample()));
        const QString background =
            QStringLiteral("getComputedStyle(document.body).backgroundColor");
        QCOMPARE(h.js(background).toString(), QStringLiteral("rgb(253, 253, 252)"));
        Settings::instance().setPreviewTheme(QStringLiteral("dark")); // every open preview follows
        QVERIFY(QTest::qWaitFor([&] { return h.js(background).toString() == u"rgb(28, 30, 34)"; },
                                10000));
        QTemporaryDir dir;
        QFile css(dir.filePath(QStringLiteral("user.css")));
        QVERIFY(css.open(QIODevice::WriteOnly));
        css.write(".item-head { color: rgb(1, 2, 3); }");
        css.close();
        Settings::instance().setPreviewUserCssPath(css.fileName());
        QVERIFY(QTest::qWaitFor(
            [&] {
                return h.js(QStringLiteral(
                                "getComputedStyle(document.querySelector('.item-head')).color"))
                           .toString() == u"rgb(1, 2, 3)";
            },
            10000));
        Settings::instance().setPreviewTheme(QStringLiteral("default"));
        Settings::instance().setPreviewUserCssPath({});
        QVERIFY(QTest::qWaitFor(
            [&] { return h.js(background).toString() == u"rgb(253, 253, 252)"; }, 10000));
    }

    void aKilledRendererIsReplaced() {
        test::PreviewHarness h;
        QVERIFY(h.open(sample()));
        const qint64 pid = h.preview->page()->renderProcessPid();
        QVERIFY(pid > 0);
        QSignalSpy ready(h.preview, &PreviewView::pageReady);
        QCOMPARE(::kill(pid_t(pid), SIGKILL), 0); // as a crash would end it
        QVERIFY(ready.wait(20000));
        QVERIFY(h.waitForCurrentRevision());
        QVERIFY(h.preview->page()->renderProcessPid() != pid);
        placeCursor(h, 19, 2);
        test::typeText(h.editor->sourceEditor(), QStringLiteral("复活"));
        QVERIFY(h.waitForCurrentRevision());
        QCOMPARE(h.js(QStringLiteral("document.querySelectorAll('#issue section.section').length"))
                     .toInt(),
                 4);
        QVERIFY(h.js(QStringLiteral("document.body.textContent"))
                    .toString()
                    .contains(QStringLiteral("复活")));
    }

    void copyAsHtmlAndExportToAFile() {
        const IssueDocument document = test::loadDocument(sample());
        HtmlExportActions::copyToClipboard(document);
        const QMimeData *data = QApplication::clipboard()->mimeData();
        QVERIFY(data && data->hasHtml() && data->hasText());
        QVERIFY(data->html().startsWith(QStringLiteral("<!DOCTYPE html>")));
        QVERIFY(data->html().contains(QStringLiteral("<span class=\"item-number\">1、</span>")));
        QCOMPARE(data->text(), document.text()); // the plain text is the issue's Markdown

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("issue.html"));
        QString error;
        QVERIFY(HtmlExportActions::writeHtmlFile(document, path, &error));
        QCOMPARE(test::readBytes(path), HtmlExportActions::exportedHtml(document));
        QVERIFY(!HtmlExportActions::writeHtmlFile(
            document, QStringLiteral("/nonexistent-dir/x.html"), &error));
        QVERIFY(error.contains(QStringLiteral("/nonexistent-dir/x.html")));
    }

    void theCompilationRendersAndUpdates() {
        WC_REQUIRE_CORPUS();
        test::PreviewHarness h;
        QVERIFY(h.open(test::corpusFile(QStringLiteral("2024-07-10-sweekly.md"))));
        const IssueDocument &document = h.session()->document();
        QCOMPARE(h.js(QStringLiteral("document.querySelectorAll('#issue .item').length")).toInt(),
                 document.itemCount());
        QVERIFY(h.js(tagNodes).toBool());
        const int section = int(document.sections().size()) / 2;
        int target = section;
        while (document.sections()[target].items.isEmpty())
            ++target;
        placeCursor(h, document.lineNumberAt(document.sections()[target].items[0].title.begin), 4);
        test::typeText(h.editor->sourceEditor(), QStringLiteral("改"));
        QVERIFY(h.waitForCurrentRevision());
        const QVariantList tagged = h.js(taggedFragments).toList();
        QCOMPARE(tagged.size(), document.sections().size() + 2);
        QCOMPARE(tagged.count(QVariant(false)), 1);
        QCOMPARE(tagged.indexOf(QVariant(false)), target + 2);
    }
};

QTEST_MAIN(TestPreviewView)
#include "tst_previewview.moc"
