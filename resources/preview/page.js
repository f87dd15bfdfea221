// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The live preview's update code. It runs in the isolated world
// QWebEngineScript::ApplicationWorld, after qwebchannel.js: JavaScript is disabled in the
// page's own world, so nothing from a document can run, while this world shares the DOM.
//
// The page holds one element per fragment (header, preamble, sections) under #issue. C++
// sends only the fragments that changed (PreviewView::pushUpdate) and marks the node that
// is selected in the editor; clicks go back through the web channel's `bridge`.
(function () {
    'use strict';

    let bridge = null;
    let marked = null; // {kind, section, item}
    let revealPending = false;

    function container() {
        return document.getElementById('issue');
    }

    // Parsed in a <template>: inert until inserted (no image loads for a discarded parse).
    function elementFrom(html) {
        const template = document.createElement('template');
        template.innerHTML = html;
        return template.content.firstElementChild;
    }

    function update(payload) {
        const root = container();
        for (const change of payload.changes) {
            const old = root.children[change.index] || null;
            if (change.html !== undefined) {
                const element = elementFrom(change.html);
                if (old)
                    root.replaceChild(element, old);
                else
                    root.appendChild(element);
            } else if (old) {
                // Moved by an edit elsewhere: only its position attributes change.
                for (const name in change.attributes)
                    old.setAttribute(name, change.attributes[name]);
            }
        }
        while (root.children.length > payload.count)
            root.lastElementChild.remove();
        if (marked)
            applyMark(revealPending);
        return payload.revision;
    }

    function target(mark) {
        const root = container();
        switch (mark.kind) {
        case 'header':
            return root.querySelector(':scope > header.issue-header');
        case 'preamble':
            return root.querySelector(':scope > .preamble');
        case 'section':
            return root.querySelector(`:scope > section[data-section="${mark.section}"]`);
        case 'item':
            return root.querySelector(`:scope > section[data-section="${mark.section}"]` +
                                      ` > .item[data-item="${mark.item}"]`);
        }
        return null;
    }

    function revealIfNeeded(element) {
        const rect = element.getBoundingClientRect();
        const height = window.innerHeight;
        if (rect.top >= 0 && rect.bottom <= height)
            return; // already in view: never move what the user is looking at
        element.scrollIntoView({block: rect.height >= height ? 'start' : 'center'});
    }

    function applyMark(reveal) {
        const element = marked ? target(marked) : null;
        for (const current of document.querySelectorAll('.wc-current')) {
            if (current !== element)
                current.classList.remove('wc-current');
        }
        if (!element) {
            revealPending = reveal && marked !== null; // not rendered yet: reveal it when it is
            return false;
        }
        element.classList.add('wc-current');
        if (reveal)
            revealIfNeeded(element);
        revealPending = false;
        return true;
    }

    function mark(kind, section, item, reveal) {
        marked = kind ? {kind: kind, section: section, item: item} : null;
        return applyMark(reveal);
    }

    function setStyles(themeCss, userCss, themeName) {
        document.getElementById('wc-theme').textContent = themeCss;
        document.getElementById('wc-user-css').textContent = userCss;
        document.body.className = 'theme-' + themeName;
    }

    // Relative image URLs resolve against the document's folder.
    function setBase(href) {
        let base = document.querySelector('base');
        if (!base) {
            base = document.createElement('base');
            document.head.prepend(base);
        }
        base.href = href;
    }

    function onClick(event) {
        const origin = event.target instanceof Element ? event.target : event.target.parentElement;
        if (!bridge || !origin)
            return;
        const item = origin.closest('.item[data-item]');
        const section = origin.closest('section[data-section]');
        if (item && section)
            bridge.activated('item', Number(section.dataset.section), Number(item.dataset.item));
        else if (section)
            bridge.activated('section', Number(section.dataset.section), -1);
        else if (origin.closest('.issue-header'))
            bridge.activated('header', -1, -1);
        else if (origin.closest('.preamble'))
            bridge.activated('preamble', -1, -1);
    }

    document.addEventListener('click', onClick, true);
    window.wcPreview = {update: update, mark: mark, setStyles: setStyles, setBase: setBase};
    new QWebChannel(qt.webChannelTransport, function (channel) {
        bridge = channel.objects.bridge;
        bridge.pageReady();
    });
})();
