// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile documents in the live preview. Every attack would leave a marker (an attribute on
// <body>, a request to a local server, a navigation): none may appear. Checked in layers:
// what the renderer lets through, and what the page does with markup that got through anyway
// (JavaScript off in the page's world, the shell's Content-Security-Policy, the request
// interceptor, the navigation filter).
#include "hostilescripts.h"
#include "httpprobe.h"
#include "previewharness.h"
#include "previewrequestinterceptor.h"
#include "testsupport.h"

#include <QDesktopServices>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace wc;

namespace {

// Stands in for the system browser.
class BrowserStub : public QObject {
    Q_OBJECT
public:
    QList<QUrl> opened;
public slots:
    void open(const QUrl &url) { opened << url; }
};

QString writeFile(const QString &path, const QByteArray &bytes) {
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

QString hostileCopy(const QTemporaryDir &dir, const test::HttpProbe &probe, const QString &name) {
    QByteArray text = test::readBytes(QStringLiteral(WC_TESTS_DIR "/preview/data/") + name);
    text.replace("{{PORT}}", QByteArray::number(probe.port()));
    return writeFile(dir.filePath(QStringLiteral("2026-01-02-weekly.md")), text);
}

} // namespace

class TestPreviewSafety : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void pageScriptIsOffButTheUpdateWorldRuns() {
        // What the design rests on, verified on this Qt: JavascriptEnabled=false stops the
        // page's main world, while runJavaScript in ApplicationWorld and the web channel work.
        test::PreviewHarness h;
        QVERIFY(h.open(test::sampleFile(QStringLiteral("2026-11-21-weekly.md"))));
        QCOMPARE(h.js(QStringLiteral("1 + 1")).toInt(), 2);
        auto mainWorld = std::make_shared<std::pair<bool, QVariant>>();
        h.preview->page()->runJavaScript(
            QStringLiteral("document.body.setAttribute('data-pwned', 'main'); 7"),
            QWebEngineScript::MainWorld, [mainWorld](const QVariant &v) {
                *mainWorld = {true, v};
            });
        QVERIFY(QTest::qWaitFor([&] { return mainWorld->first; }, 10000));
        QVERIFY(!mainWorld->second.isValid()); // nothing ran
        QCOMPARE(h.js(test::attackTraces).toStringList(), QStringList());
        // The traces are read from the DOM both worlds share: had the script run, they would
        // show it, as they do when the isolated world sets the marker.
        h.js(QStringLiteral("document.body.setAttribute('data-pwned', 'control'); true"));
        QCOMPARE(h.js(test::attackTraces).toStringList(),
                 QStringList{QStringLiteral("marker: control")});
    }

    void aHostileDocumentRunsAndFetchesNothing() {
        test::HttpProbe probe;
        QTemporaryDir dir;
        test::PreviewHarness h;
        QSignalSpy blocked(h.preview->previewPage(), &PreviewPage::navigationBlocked);
        QVERIFY(h.open(hostileCopy(dir, probe, QStringLiteral("hostile.md"))));
        // The document's last image is a legitimate one: once it is fetched the page has
        // loaded what it was going to load.
        QVERIFY(QTest::qWaitFor([&] { return probe.paths().contains(u"/sentinel.png"); }, 15000));
        QVERIFY(
            h.js(QStringLiteral("document.querySelector('img[alt=sentinel]').naturalWidth === 8"))
                .toBool() ||
            QTest::qWaitFor(
                [&] {
                    return h.js(QStringLiteral(
                                    "document.querySelector('img[alt=sentinel]').naturalWidth"))
                               .toInt() == 8;
                },
                10000));
        QSignalSpy later(&probe, &test::HttpProbe::requested);
        QVERIFY(!later.wait(1000)); // no straggler: the bounded wait for what must not come
        QCOMPARE(probe.paths(), QStringList{QStringLiteral("/sentinel.png")});
        QCOMPARE(h.js(test::attackTraces).toStringList(), QStringList());
        QCOMPARE(blocked.size(), 0);
        QVERIFY(h.preview->page()->url().isLocalFile());
        // The front matter's hostile title is text in the header.
        QVERIFY(h.js(QStringLiteral("document.querySelector('.issue-title').textContent"))
                    .toString()
                    .startsWith(QStringLiteral("</title><script>")));
    }

    void aHostileSummaryIssueRunsNothing() {
        QTemporaryDir dir;
        const QString path = writeFile(
            dir.filePath(QStringLiteral("2025-08-09-weekly.md")),
            test::readBytes(QStringLiteral(WC_TESTS_DIR "/preview/data/hostile-summary.md")));
        test::PreviewHarness h;
        QSignalSpy blocked(h.preview->previewPage(), &PreviewPage::navigationBlocked);
        QVERIFY(h.open(path));
        QCOMPARE(h.js(QStringLiteral("document.querySelectorAll('#issue .item').length")).toInt(),
                 2);
        QCOMPARE(h.js(test::attackTraces).toStringList(), QStringList());
        QVERIFY(!blocked.wait(500));
    }

    void markupThatGotThroughStillRunsNothing() {
        // As if the renderer had a bug: hostile markup put into the page directly. JavaScript
        // is off in the page's world and the CSP refuses scripts, frames and fetches.
        test::HttpProbe probe;
        test::PreviewHarness h;
        QVERIFY(h.open(test::sampleFile(QStringLiteral("2026-11-21-weekly.md"))));
        const QString inject = test::injectedMarkup.arg(
            probe.url(QStringLiteral("/missing.gif")), probe.url(QStringLiteral("/frame")),
            probe.url(QStringLiteral("/style.png")), probe.url(QStringLiteral("/sheet.css")),
            probe.url(QStringLiteral("/script.js")));
        QVERIFY(h.js(inject).toBool());
        // The image's error event has fired (our listener saw it); its handler attribute has not
        // run.
        QVERIFY(QTest::qWaitFor([&] { return h.js(QStringLiteral("window.wcErrorSeen")).toBool(); },
                                10000));
        QSignalSpy later(&probe, &test::HttpProbe::requested);
        later.wait(1000);
        QCOMPARE(h.js(QStringLiteral("document.body.getAttribute('data-pwned')")), QVariant());
        // Images may be fetched (the preview shows remote images); frames, style sheets and
        // scripts may not.
        const QStringList paths = probe.paths();
        QVERIFY2(paths.contains(u"/missing.gif"), qPrintable(paths.join(u' ')));
        QVERIFY2(!paths.contains(u"/frame"), qPrintable(paths.join(u' ')));
        QVERIFY2(!paths.contains(u"/sheet.css"), qPrintable(paths.join(u' ')));
        QVERIFY2(!paths.contains(u"/script.js"), qPrintable(paths.join(u' ')));
        QVERIFY(h.preview->page()->url().isLocalFile());
    }

    void linksOpenInTheSystemBrowserAndNeverNavigate() {
        BrowserStub browser;
        QDesktopServices::setUrlHandler(QStringLiteral("https"), &browser, "open");
        QDesktopServices::setUrlHandler(QStringLiteral("http"), &browser, "open");
        test::PreviewHarness h;
        QVERIFY(h.open(test::sampleFile(QStringLiteral("2026-11-21-weekly.md"))));
        QSignalSpy loads(h.preview->page(), &QWebEnginePage::loadFinished);
        QSignalSpy blocked(h.preview->previewPage(), &PreviewPage::navigationBlocked);
        h.js(QStringLiteral("document.getElementById('issue').__wcTag = true"));
        const QVariantList rect =
            h.js(QStringLiteral(
                     "(() => { const a = document.querySelector('section[data-section=\"0\"] "
                     ".item-head a');"
                     " a.scrollIntoView({block: 'center'}); const r = a.getBoundingClientRect();"
                     " return [r.left + 10, r.top + r.height / 2]; })()"))
                .toList();
        const QPoint point(int(rect[0].toDouble()), int(rect[1].toDouble()));
        QTest::mouseMove(h.preview->focusProxy(), point);
        QTest::mouseClick(h.preview->focusProxy(), Qt::LeftButton, {}, point);
        QVERIFY(QTest::qWaitFor([&] { return !browser.opened.isEmpty(); }, 10000));
        QCOMPARE(browser.opened,
                 QList<QUrl>{QUrl(QStringLiteral("https://example.org/posts/rust-rewrite"))});
        // A meta refresh and a javascript: link that got into the page anyway.
        h.js(QStringLiteral(
            "const m = document.createElement('meta'); m.httpEquiv = 'refresh';"
            " m.content = '0; url=https://example.org/refresh'; document.head.appendChild(m);"
            " const a = document.createElement('a'); a.href = 'file:///etc/passwd';"
            " document.body.appendChild(a); a.click(); true"));
        blocked.wait(2000);
        QVERIFY(h.js(QStringLiteral("document.getElementById('issue').__wcTag === true")).toBool());
        // Refused navigations end as failed loads; the shell page is still there.
        for (const QList<QVariant> &arguments : loads)
            QVERIFY(!arguments.first().toBool());
        QVERIFY(h.preview->page()->url().isLocalFile());
        QCOMPARE(browser.opened.size(), 1); // neither went to the browser
        for (const QList<QVariant> &arguments : blocked)
            qInfo() << "refused:" << arguments.first().toUrl();
        QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
        QDesktopServices::unsetUrlHandler(QStringLiteral("http"));
    }

    void localImagesOnlyFromTheDocumentFolder() {
        QTemporaryDir root;
        QVERIFY(QDir(root.path()).mkpath(QStringLiteral("issue/img")));
        QImage image(40, 20, QImage::Format_RGB32);
        image.fill(Qt::blue);
        QVERIFY(image.save(root.filePath(QStringLiteral("issue/img/inside.png"))));
        QVERIFY(image.save(root.filePath(QStringLiteral("outside.png"))));
        const QString path = writeFile(
            root.filePath(QStringLiteral("issue/2026-01-02-weekly.md")),
            "## A\n\n1、[a](https://e.org)\n\n![inside](img/inside.png)\n\n"
            "![outside](../outside.png)\n\n![absolute](" +
                QUrl::fromLocalFile(root.filePath(QStringLiteral("outside.png"))).toEncoded() +
                ")\n");
        test::PreviewHarness h;
        QSignalSpy refused(h.preview->requestInterceptor(),
                           &PreviewRequestInterceptor::requestBlocked);
        QVERIFY(h.open(path));
        const QString width = QStringLiteral("document.querySelector('img[alt=%1]').naturalWidth");
        QVERIFY(QTest::qWaitFor([&] { return h.js(width.arg(u"inside")).toInt() == 40; }, 10000));
        QVERIFY(QTest::qWaitFor([&] { return !refused.isEmpty(); }, 10000));
        QCOMPARE(refused.first().first().toUrl(),
                 QUrl::fromLocalFile(
                     QFileInfo(root.filePath(QStringLiteral("outside.png"))).absoluteFilePath()));
        QCOMPARE(h.js(width.arg(u"outside")).toInt(), 0);
        // An absolute file: URL never even reaches the page (the renderer empties it).
        QCOMPARE(
            h.js(QStringLiteral("document.querySelector('img[alt=absolute]').getAttribute('src')"))
                .toString(),
            QString());
        // Injected anyway, the interceptor refuses it.
        refused.clear();
        h.js(QStringLiteral("document.getElementById('issue').insertAdjacentHTML('afterbegin',"
                            " '<img src=\"file:///etc/hostname\">'); true"));
        QVERIFY(QTest::qWaitFor([&] { return !refused.isEmpty(); }, 10000));
        QCOMPARE(refused.first().first().toUrl(), QUrl(QStringLiteral("file:///etc/hostname")));
    }
};

QTEST_MAIN(TestPreviewSafety)
#include "tst_previewsafety.moc"
