// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// An editor with the live preview beside it, wired as MainWindow wires them, for the tests
// that look into the page's DOM (offscreen: QT_QPA_PLATFORM=offscreen).

#include "issueeditor.h"
#include "issuesession.h"
#include "previewpage.h"
#include "previewview.h"

#include <QSignalSpy>
#include <QTest>
#include <QTextDocument>
#include <QWebEnginePage>
#include <QWebEngineScript>

#include <memory>

namespace wc::test {

// Runs `script` in the preview's isolated world (where its update code runs: the page's own
// world has JavaScript disabled) and waits for the result.
inline QVariant runInPage(QWebEnginePage *page, const QString &script) {
    struct State {
        bool done = false;
        QVariant result;
    };
    auto state = std::make_shared<State>();
    page->runJavaScript(script, QWebEngineScript::ApplicationWorld, [state](const QVariant &value) {
        state->result = value;
        state->done = true;
    });
    if (!QTest::qWaitFor([&] { return state->done; }, 10000))
        qWarning("no result from the page for: %s", qPrintable(script.left(200)));
    return state->result;
}

class PreviewHarness {
public:
    PreviewHarness()
        : editor(std::make_unique<IssueEditor>())
        , preview(new PreviewView) {
        editor->setPreviewWidget(preview);
        preview->setSession(editor->session());
    }
    ~PreviewHarness() {
        if (editor)
            editor->session()->textDocument()->setModified(false);
    }

    // Opens `path`, shows the window and waits until the page shows the document.
    bool open(const QString &path, QSize size = {1600, 1000}) {
        QString error;
        if (!editor->session()->load(path, &error)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        editor->resize(size);
        editor->show();
        if (!QTest::qWaitForWindowExposed(editor.get()))
            return false;
        return waitForCurrentRevision();
    }

    // Waits until the page has acknowledged the session's current revision.
    bool waitForCurrentRevision(int timeout = 15000) const {
        return QTest::qWaitFor(
            [this] { return preview->shownRevision() == editor->session()->revision(); }, timeout);
    }

    QVariant js(const QString &script) const { return runInPage(preview->page(), script); }

    IssueSession *session() const { return editor->session(); }

    std::unique_ptr<IssueEditor> editor;
    PreviewView *preview; // owned by the editor
};

} // namespace wc::test
