// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// JavaScript the safety tests run in the preview's isolated world. Kept out of the test's
// .cpp: moc does not read raw string literals.

#include <QString>

namespace wc::test {

// Everything a successful attack would have left in the page; empty when nothing did.
inline const QString attackTraces = QStringLiteral(R"JS((() => {
    const traces = [];
    if (document.body.hasAttribute('data-pwned'))
        traces.push('marker: ' + document.body.getAttribute('data-pwned'));
    if (/pwned/i.test(document.title))
        traces.push('title: ' + document.title);
    for (const e of document.querySelectorAll('base'))
        if (!e.href.startsWith('file:'))
            traces.push('base: ' + e.href); // the preview's own <base> is the document's folder
    for (const e of document.querySelectorAll(
             'script, iframe, frame, object, embed, link, form, svg, #issue style, meta[http-equiv="refresh"]'))
        traces.push('element: ' + e.tagName);
    for (const e of document.querySelectorAll('#issue *')) {
        for (const a of e.attributes) {
            if (/^on/i.test(a.name) || a.name === 'style')
                traces.push('attribute: ' + a.name + ' on ' + e.tagName);
            if ((a.name === 'href' || a.name === 'src') && /^\s*(javascript|vbscript|data:text|file)/i.test(a.value))
                traces.push('url: ' + a.value);
        }
    }
    return traces;
})())JS");

// Hostile markup put straight into the page (%1 to %5: URLs of the probe).
inline const QString injectedMarkup = QStringLiteral(R"JS((() => {
            const issue = document.getElementById('issue');
            const div = document.createElement('div');
            div.innerHTML = '<img id="bad" src="%1" onerror="document.body.setAttribute(\'data-pwned\', \'onerror\')">' +
                '<a id="jsl" href="javascript:document.body.setAttribute(\'data-pwned\', \'href\')">x</a>' +
                '<iframe srcdoc="<p>frame</p>" src="%2"></iframe>' +
                '<div style="background-image: url(%3)">styled</div>' +
                '<link rel="stylesheet" href="%4">';
            issue.appendChild(div);
            const script = document.createElement('script');
            script.textContent = "document.body.setAttribute('data-pwned', 'script')";
            issue.appendChild(script);
            const external = document.createElement('script');
            external.src = '%5';
            issue.appendChild(external);
            window.wcErrorSeen = false;
            document.getElementById('bad').addEventListener('error', () => { window.wcErrorSeen = true; });
            document.getElementById('jsl').click();
            return true;
        })())JS");

} // namespace wc::test
