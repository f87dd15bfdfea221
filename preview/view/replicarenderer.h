// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "issuedocument.h"
#include "issueeditions.h"
#include "issuerenderer.h"
#include "newsletterprofile.h"

#include <QJsonArray>
#include <QList>
#include <QString>

#include <optional>

namespace wc {

// The preview's render, made on a worker thread: a replica of the session's parsed document,
// kept current with the text changes the session took in (a few characters a keystroke, not a
// copy of the document, whose copy would take every section), the IssueRenderer with its
// cache, and the comparison with what the page holds. The GUI thread only sends the result.
// Only one job at a time may use it (LatestResultTask runs one at a time).
class ReplicaRenderer {
public:
    // One text change, as IssueSession::lastTextChange() reports it.
    struct Change {
        qsizetype position = 0;
        qsizetype removed = 0;
        QString added;
    };
    struct Input {
        int revision = -1;
        // A whole new text (a file opened, the first render), else the changes since the
        // previous input, in order.
        std::optional<QString> wholeText;
        QString fileName;
        // How the newsletter's issues parse (its profile's footer markers and section emoji).
        ParseConventions conventions = ParseConventions::defaults();
        QList<Change> changes;
        // The issue as written, or one of its editions made from it.
        std::optional<Edition> edition;
        NewsletterProfile newsletter;
        // What the page holds: the update is what differs from it.
        QList<RenderedFragment> shown;
    };
    // Where one render's time went, in milliseconds (bench_preview prints them).
    struct Timings {
        double replicaMs = 0; // the replica brought up to date (the changes applied)
        double renderMs = 0;  // IssueRenderer::render
        double diffMs = 0;    // compared with what the page holds
        double scriptMs = 0;  // the script written
        double totalMs = 0;
    };
    struct Output {
        int revision = -1;
        QList<RenderedFragment> fragments; // what the page holds once the script ran
        // The page's update call (wcPreview.update(…)); empty when the page holds it already.
        QString script;
        int changedCount = 0; // fragments sent
        Timings timings;
    };

    Output render(Input input);

    // The replica's document (tests).
    const std::optional<IssueDocument> &document() const { return m_document; }

    // The page's update for `fragments`, where it shows `shown`: the fragments whose HTML
    // changed (their pageHtml()), and a new data-section for those that only moved to
    // another index.
    static QJsonArray changesFrom(const QList<RenderedFragment> &shown,
                                  const QList<RenderedFragment> &fragments);

private:
    std::optional<IssueDocument> m_document;
    IssueRenderer m_renderer;
    // The renderer's last render was of the replica as written (not an edition made from it),
    // so the replica's next changes tell it which sections to render again.
    bool m_renderedAsWritten = false;
};

} // namespace wc
