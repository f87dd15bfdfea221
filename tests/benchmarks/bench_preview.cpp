// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The live preview's latency: a character typed into the Markdown source until the preview's
// DOM holds it, acknowledged from inside the page (its update code returns the revision it
// applied), against the naive way measured in the same run: the whole issue rendered to HTML
// and loaded with setHtml on every keystroke, until loadFinished.
// Prints one JSON object per line, as the other benchmarks do. The live lines also say where
// each keystroke's time went (p50, p95 and max of each): `session` (the key until the session
// has parsed, GUI thread; `session_cpu` the GUI thread's CPU time for it), `to_sent` (from there
// until the worker's update is sent: the timer, the worker, the delivery), the worker's own stages
// `worker_replica`, `worker_render`, `worker_diff`, `worker_script` and `worker_total`,
// `sent_to_applied` (until the page's answer is back), inside it `sent_to_page` (until the page's
// update code starts: the page busy with the frame before), `page_update` (the update code, timed
// in the page with performance.now()), `page_to_applied` (the answer's way back), `page_frame` (the
// frame that shows the update: style, layout, paint), `script_kb` (the script's size), and
// `first_show_ms` (opening until the page first shows the issue).
//
//   QT_QPA_PLATFORM=offscreen bench_preview [--sizes MB,MB,…] [--keystrokes N] [--newlines]
//                                           [--pace MS]
//                                           [--page-layout]
//                                           [FILE…]
//   (defaults: the bundled sample, and from ../shared/corpus the largest regular issue and the
//   291 KB compilation; --sizes measures synthetic issues of those sizes made from the sample
//   instead, or besides the FILEs given, live only: setHtml takes at most 2 MB)

#include "benchinputs.h"
#include "benchreport.h"
#include "htmlexporter.h"
#include "issueeditor.h"
#include "issuesession.h"
#include "previewview.h"
#include "sourceeditor.h"
#include "typing.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QKeyEvent>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTimer>
#include <QWebEnginePage>
#include <QWebEngineScript>
#include <QWebEngineView>

#include <chrono>
#include <functional>

namespace {

int keystrokes = 200;
constexpr int warmup = 20;
// --newlines: each keystroke a new line at the start of the item's line (every later section
// moves down a line), instead of a `y` in its title.
bool newlines = false;
// --pace MS: at least MS between two keystrokes, the events handled meanwhile (80: a fast
// typist). Without it, each key follows as soon as the page has the one before, while the
// page's renderer may still be painting it on the machine's other core.
int paceMs = 0;

// The loop a measurement waits in, quit by what may have brought the page up to date. (Not
// processEvents() in a loop: that never sleeps, and its spinning took one of the machine's
// two cores from the worker and the page's renderer.)
QEventLoop *waiting = nullptr;
void wakeUp() {
    if (waiting)
        waiting->quit();
}

// Times each keystroke until `shown()` says the page has it; `measured(i)` runs after each
// keystroke kept.
template <typename Shown>
std::vector<double> measure(QWidget *target, Shown shown,
                            const std::function<void()> &measured = {}) {
    std::vector<double> samples;
    QElapsedTimer sincePrevious;
    sincePrevious.start();
    for (int i = 0; i < warmup + keystrokes; ++i) {
        if (paceMs > 0 && sincePrevious.elapsed() < paceMs)
            QTest::qWait(int(paceMs - sincePrevious.elapsed()));
        sincePrevious.restart();
        QElapsedTimer guard;
        guard.start();
        const auto start = std::chrono::steady_clock::now();
        wc::test::typeText(target, newlines ? QStringLiteral("\n") : QStringLiteral("y"));
        while (!shown()) {
            QEventLoop loop;
            waiting = &loop;
            QTimer::singleShot(1000, &loop, &QEventLoop::quit);
            loop.exec();
            waiting = nullptr;
            if (guard.elapsed() > 30000)
                qFatal("keystroke %d never reached the page", i);
        }
        const auto end = std::chrono::steady_clock::now();
        if (i >= warmup) {
            samples.push_back(std::chrono::duration<double, std::milli>(end - start).count());
            if (measured)
                measured();
        }
    }
    std::sort(samples.begin(), samples.end());
    return samples;
}

void report(const char *mode, const QString &input, const std::vector<double> &samples) {
    bench::JsonLine()
        .add("bench", QStringLiteral("preview_keystroke"))
        .add("mode", QString::fromLatin1(mode))
        .add("input", input)
        .addLatency(samples);
}

// Samples of one stage of the keystrokes, by name, in the order the stages happen.
class Stages {
public:
    void add(const QByteArray &name, double ms) {
        auto found = std::find_if(m_stages.begin(), m_stages.end(),
                                  [&](const auto &stage) { return stage.first == name; });
        if (found == m_stages.end())
            found = m_stages.insert(m_stages.end(), {name, {}});
        found->second.push_back(ms);
    }
    // Each stage's p50, p95 and max, as `<stage>_p50_ms` etc.
    void addTo(bench::JsonLine &line) {
        for (auto &[name, samples] : m_stages) {
            std::sort(samples.begin(), samples.end());
            line.addPercentiles(name + '_', samples);
        }
    }

private:
    std::vector<std::pair<QByteArray, std::vector<double>>> m_stages;
};

// Wraps the page's update call (in its isolated world) so the page times its own work with
// performance.now(): the script's DOM changes, and with --page-layout also the layout they
// cause, forced at once (else it happens before the next frame, and delays the next update).
const QString pageTimer =
    QStringLiteral("(() => { const update = wcPreview.update; window.wcBenchTimes = [];"
                   " wcPreview.update = payload => { const start = performance.now();"
                   " const result = update(payload); const updated = performance.now();"
                   " if (%1) document.body.offsetHeight;"
                   " const end = performance.now();"
                   " const times = [updated - start, end - updated, performance.timeOrigin + start,"
                   " performance.timeOrigin + end, 0]; wcBenchTimes.push(times);"
                   // The frame that shows the update: from its animation frame callback (before its
                   // style, layout and paint) to the first task after it (a message: setTimeout
                   // never fires in this world).
                   " requestAnimationFrame(() => { const frame = performance.now();"
                   " const channel = new MessageChannel();"
                   " channel.port1.onmessage = () => { times[4] = performance.now() - frame; };"
                   " channel.port2.postMessage(0); });"
                   " return result; };"
                   " return document.visibilityState; })()");
bool pageLayout = false;

// The middle item of the section with the most items: the largest fragment to re-render.
int busiestSection(const wc::IssueDocument &document) {
    int best = 0;
    for (int s = 0; s < document.sections().size(); ++s) {
        if (document.sections()[s].items.size() > document.sections()[best].items.size())
            best = s;
    }
    return best;
}

// Opens `path` in `editor`, puts the source cursor into the link text of the busiest
// section's middle item, and returns that line (1-based).
int openAndPlaceCursor(wc::IssueEditor &editor, const QString &path) {
    QString error;
    if (!editor.session()->load(path, &error))
        qFatal("%s", qPrintable(error));
    editor.resize(1600, 1000);
    editor.show();
    if (!QTest::qWaitForWindowExposed(&editor))
        qFatal("the window was not shown");
    const wc::IssueDocument &document = editor.session()->document();
    const wc::SectionNode &section = document.sections()[busiestSection(document)];
    const wc::ItemNode &item = section.items[section.items.size() / 2];
    QTextCursor cursor(editor.session()->textDocument());
    cursor.setPosition(int(newlines ? item.begin : item.title.begin));
    editor.sourceEditor()->setTextCursor(cursor);
    editor.sourceEditor()->setFocus();
    return document.lineNumberAt(item.begin);
}

// Stores the time a keystroke (a key press) reaches `target`, and the GUI thread's CPU time
// then.
class EventStamp : public QObject {
public:
    EventStamp(QObject *target, std::chrono::steady_clock::time_point *stamp, double *cpuMs)
        : m_stamp(stamp)
        , m_cpuMs(cpuMs) {
        target->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *, QEvent *event) override {
        if (event->type() == QEvent::KeyPress) {
            *m_stamp = std::chrono::steady_clock::now();
            *m_cpuMs = bench::threadCpuMs();
        }
        return false;
    }

private:
    std::chrono::steady_clock::time_point *m_stamp;
    double *m_cpuMs;
};

QVariant runInPage(QWebEnginePage *page, const QString &script, quint32 world) {
    auto state = std::make_shared<std::pair<bool, QVariant>>();
    page->runJavaScript(script, world, [state](const QVariant &value) { *state = {true, value}; });
    if (!QTest::qWaitFor([&] { return state->first; }, 30000))
        qFatal("no answer from the page");
    return state->second;
}

QString itemSelector(const wc::IssueDocument &document, int line) {
    for (int s = 0; s < document.sections().size(); ++s) {
        const auto &items = document.sections()[s].items;
        for (int i = 0; i < items.size(); ++i) {
            if (document.lineNumberAt(items[i].begin) == line)
                return QStringLiteral(
                           "section[data-section=\"%1\"] .item[data-item=\"%2\"] .item-head")
                    .arg(s)
                    .arg(i);
        }
    }
    return {};
}

void benchLive(const QString &path, const QString &name) {
    wc::IssueEditor editor;
    auto *preview = new wc::PreviewView;
    editor.setPreviewWidget(preview);
    preview->setSession(editor.session());
    QElapsedTimer firstShow;
    firstShow.start();
    const int line = openAndPlaceCursor(editor, path);
    wc::IssueSession *session = editor.session();
    if (!QTest::qWaitFor([&] { return preview->shownRevision() == session->revision(); }, 600000))
        qFatal("the preview did not show %s", qPrintable(name));
    const qint64 firstShowMs = firstShow.elapsed();
    // The page's visibility: a hidden page makes no frames.
    const QString visibility =
        runInPage(preview->page(), pageTimer.arg(pageLayout ? u"true" : u"false"),
                  QWebEngineScript::ApplicationWorld)
            .toString();
    if (visibility.isEmpty())
        qFatal("cannot time the page's updates");
    const QString head = itemSelector(session->document(), line);
    const int before =
        runInPage(
            preview->page(),
            QStringLiteral("document.querySelector('%1').textContent.split('y').length").arg(head),
            QWebEngineScript::ApplicationWorld)
            .toInt();
    // Each keystroke's stages: the session's parse (GUI thread), from there until the
    // worker's render is sent (the timer, the worker's stages, the delivery), and from there
    // until the page answers (runJavaScript's round trip, the page's own work inside it).
    using Clock = std::chrono::steady_clock;
    Clock::time_point typed, parsed, sent;
    // The same moments on the clock the page's performance.timeOrigin counts from.
    std::vector<double> sentEpoch, appliedEpoch;
    const auto epochMs = [] {
        return std::chrono::duration<double, std::milli>(
                   std::chrono::system_clock::now().time_since_epoch())
            .count();
    };
    double sentAt = 0;
    double typedCpuMs = 0, sessionCpuMs = 0;
    EventStamp stamp(editor.sourceEditor(), &typed, &typedCpuMs);
    QObject::connect(session, &wc::IssueSession::documentChanged, preview, [&] {
        parsed = Clock::now();
        sessionCpuMs = bench::threadCpuMs() - typedCpuMs;
    });
    QObject::connect(preview, &wc::PreviewView::updateSent, preview, [&] {
        sent = Clock::now();
        sentAt = epochMs();
    });
    QObject::connect(preview, &wc::PreviewView::updateApplied, preview, &wakeUp);
    Stages stages;
    const auto ms = [](Clock::time_point from, Clock::time_point to) {
        return std::chrono::duration<double, std::milli>(to - from).count();
    };
    const std::vector<double> samples = measure(
        editor.sourceEditor(), [&] { return preview->shownRevision() == session->revision(); },
        [&] {
            const auto applied = Clock::now();
            sentEpoch.push_back(sentAt);
            appliedEpoch.push_back(epochMs());
            const wc::ReplicaRenderer::Timings &worker = preview->lastRenderTimings();
            stages.add("session", ms(typed, parsed));
            stages.add("session_cpu", sessionCpuMs);
            stages.add("to_sent", ms(parsed, sent));
            stages.add("worker_replica", worker.replicaMs);
            stages.add("worker_render", worker.renderMs);
            stages.add("worker_diff", worker.diffMs);
            stages.add("worker_script", worker.scriptMs);
            stages.add("worker_total", worker.totalMs);
            stages.add("sent_to_applied", ms(sent, applied));
            stages.add("script_kb", double(preview->lastScriptSize()) * 2 / 1024);
        });
    const QVariantList pageTimes =
        runInPage(preview->page(), QStringLiteral("wcBenchTimes.slice(-%1)").arg(keystrokes),
                  QWebEngineScript::ApplicationWorld)
            .toList();
    // One update per keystroke (the benchmark waits for each): the last ones are its own.
    for (qsizetype i = 0; i < pageTimes.size(); ++i) {
        const QVariantList times = pageTimes[i].toList();
        stages.add("page_update", times.value(0).toDouble());
        if (pageLayout)
            stages.add("page_layout", times.value(1).toDouble());
        stages.add("page_frame", times.value(4).toDouble());
        if (pageTimes.size() == qsizetype(sentEpoch.size())) {
            stages.add("sent_to_page", times.value(2).toDouble() - sentEpoch[size_t(i)]);
            stages.add("page_to_applied", appliedEpoch[size_t(i)] - times.value(3).toDouble());
        }
    }
    {
        bench::JsonLine line;
        line.add("bench", QStringLiteral("preview_keystroke"))
            .add("mode", QStringLiteral("live"))
            .add("input", name)
            .addLatency(samples);
        line.add("typed", newlines ? QStringLiteral("newline") : QStringLiteral("y"))
            .add("pace_ms", qint64(paceMs))
            .add("first_show_ms", firstShowMs)
            .add("page_visibility", visibility);
        stages.addTo(line);
    }
    // The page holds every character typed, in the item's own element.
    const int after =
        runInPage(
            preview->page(),
            QStringLiteral("document.querySelector('%1').textContent.split('y').length").arg(head),
            QWebEngineScript::ApplicationWorld)
            .toInt();
    if (!newlines && after - before != warmup + keystrokes)
        qFatal("the page shows %d of %d keystrokes", after - before, warmup + keystrokes);
    session->textDocument()->setModified(false);
}

void benchNaive(const QString &path, const QString &name) {
    wc::IssueEditor editor;
    auto *view = new QWebEngineView;
    editor.setPreviewWidget(view);
    int loads = 0;
    QObject::connect(view->page(), &QWebEnginePage::loadFinished, view, [&loads] {
        ++loads;
        wakeUp();
    });
    const QUrl base = QUrl::fromLocalFile(QFileInfo(path).absolutePath() + u'/');
    wc::IssueSession *session = editor.session();
    // The naive preview: the whole page again on every change.
    QObject::connect(session, &wc::IssueSession::documentChanged, view, [&] {
        view->setHtml(QString::fromUtf8(wc::HtmlExporter::exportDocument(session->document())),
                      base);
    });
    openAndPlaceCursor(editor, path);
    if (!QTest::qWaitFor([&] { return loads > 0; }, 60000))
        qFatal("the naive preview did not load %s", qPrintable(name));
    report("naive_sethtml", name,
           measure(editor.sourceEditor(), [&, expected = loads + 1]() mutable {
               if (loads < expected)
                   return false;
               ++expected;
               return true;
           }));
    session->textDocument()->setModified(false);
}

} // namespace

int main(int argc, char *argv[]) {
    QApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments().mid(1);
    QList<double> sizes;
    QStringList files;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        if (arguments[i] == u"--sizes" && i + 1 < arguments.size()) {
            for (const QString &size : arguments[++i].split(u','))
                if (size.toDouble() > 0)
                    sizes << size.toDouble();
        } else if (arguments[i] == u"--newlines") {
            newlines = true;
        } else if (arguments[i] == u"--pace" && i + 1 < arguments.size()) {
            paceMs = std::max(0, arguments[++i].toInt());
        } else if (arguments[i] == u"--page-layout") {
            pageLayout = true;
        } else if (arguments[i] == u"--keystrokes" && i + 1 < arguments.size()) {
            keystrokes = std::max(1, arguments[++i].toInt());
        } else {
            files << arguments[i];
        }
    }
    // With --sizes and no files, only the synthetic issues.
    const QStringList inputs = files.isEmpty() && !sizes.isEmpty()
                                   ? (bench::widgetBenchInputs(&files), QStringList())
                                   : bench::widgetBenchInputs(&files);
    for (const QString &path : inputs) {
        const QString name = QFileInfo(path).fileName();
        benchLive(path, name);
        benchNaive(path, name);
    }
    QTemporaryDir folder;
    for (const double size : sizes) {
        const QString path = bench::writeSyntheticIssue(folder.path(), size);
        benchLive(path, QFileInfo(path).fileName());
    }
    return 0;
}
