// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "replicarenderer.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <utility>

namespace wc {

QJsonArray ReplicaRenderer::changesFrom(const QList<RenderedFragment> &shown,
                                        const QList<RenderedFragment> &fragments) {
    QJsonArray changes;
    for (qsizetype i = 0; i < fragments.size(); ++i) {
        const RenderedFragment &fragment = fragments[i];
        const RenderedFragment *old = i < shown.size() ? &shown[i] : nullptr;
        if (!old || old->kind != fragment.kind || old->level != fragment.level ||
            old->innerHtml != fragment.innerHtml) {
            changes.append(QJsonObject{{QStringLiteral("index"), int(i)},
                                       {QStringLiteral("html"), fragment.pageHtml()}});
        } else if (old->section != fragment.section) {
            // Moved by a section inserted or removed before it. (A line added before it needs
            // nothing: the page holds no line numbers but the fragment's own.)
            const QJsonObject attributes{
                {QStringLiteral("data-section"), QString::number(fragment.section)}};
            changes.append(QJsonObject{{QStringLiteral("index"), int(i)},
                                       {QStringLiteral("attributes"), attributes}});
        }
    }
    return changes;
}

namespace {

double millisecondsSince(const QElapsedTimer &clock, qint64 &mark) {
    const qint64 now = clock.nsecsElapsed();
    return double(now - std::exchange(mark, now)) / 1e6;
}

} // namespace

ReplicaRenderer::Output ReplicaRenderer::render(Input input) {
    Output output;
    QElapsedTimer clock;
    clock.start();
    qint64 mark = 0;
    // The changes since the last render, combined: the sections before the first one any
    // change touched and after the last stayed as they were.
    DocumentChange sinceLast;
    sinceLast.full = !m_document || input.wholeText || !m_renderedAsWritten;
    const qsizetype sectionsBefore = m_document ? m_document->sections().size() : 0;
    qsizetype leading = sectionsBefore;  // sections kept at the start
    qsizetype trailing = sectionsBefore; // and at the end
    if (input.wholeText) {
        // A text of its own: sharing the session's would make the session copy all of it on
        // its next keystroke (copy on write), on the GUI thread.
        QString text(input.wholeText->constData(), input.wholeText->size());
        input.wholeText.reset();
        m_document =
            IssueDocument::parse(std::move(text), input.fileName, false, input.conventions);
    } else if (!m_document) {
        m_document = IssueDocument::parse({}, input.fileName, false, input.conventions);
    }
    for (const Change &change : std::as_const(input.changes)) {
        const qsizetype size = m_document->sections().size();
        const DocumentChange done =
            m_document->applyChange(change.position, change.removed, change.added);
        sinceLast.full = sinceLast.full || done.full;
        leading = std::min(leading, qsizetype(done.firstSection));
        trailing = std::min(trailing, size - done.firstSection - done.removedSections);
    }
    const qsizetype sectionsAfter = m_document->sections().size();
    trailing = std::max<qsizetype>(
        0, std::min(trailing, std::min(sectionsBefore, sectionsAfter) - leading));
    sinceLast.firstSection = int(leading);
    sinceLast.removedSections = int(sectionsBefore - leading - trailing);
    sinceLast.addedSections = int(sectionsAfter - leading - trailing);
    output.timings.replicaMs = millisecondsSince(clock, mark);

    output.revision = input.revision;
    // An edition is the issue's text made over (editionText), parsed and rendered like it.
    output.fragments = input.edition
                           ? m_renderer.render(IssueDocument::parse(
                                 editionText(*m_document, input.newsletter, *input.edition), {},
                                 false, input.conventions))
                           : m_renderer.render(*m_document, sinceLast);
    m_renderedAsWritten = !input.edition; // the renderer's last document is the replica's
    output.timings.renderMs = millisecondsSince(clock, mark);
    const QJsonArray changes = changesFrom(input.shown, output.fragments);
    output.changedCount = int(changes.size());
    output.timings.diffMs = millisecondsSince(clock, mark);
    if (!changes.isEmpty() || output.fragments.size() != input.shown.size()) {
        const QJsonObject payload{{QStringLiteral("revision"), input.revision},
                                  {QStringLiteral("count"), int(output.fragments.size())},
                                  {QStringLiteral("changes"), changes}};
        output.script = QStringLiteral("wcPreview.update(") +
                        QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)) +
                        u')';
    }
    output.timings.scriptMs = millisecondsSince(clock, mark);
    output.timings.totalMs = double(clock.nsecsElapsed()) / 1e6;
    return output;
}

} // namespace wc
