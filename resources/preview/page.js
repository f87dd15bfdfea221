// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The live preview's update code. It runs in the isolated world
// QWebEngineScript::ApplicationWorld, after qwebchannel.js: JavaScript is disabled in the
// page's own world, so nothing from a document can run, while this world shares the DOM.
//
// The page holds one element per fragment (header, preamble, sections) under #issue, the
// sections in groups (update() below). C++
// sends only the fragments that changed (PreviewView::pushUpdate) and marks the node that
// is selected in the editor; clicks go back through the web channel's `bridge`.
(function () {
    'use strict';

    let bridge = null;
    let marked = null; // {kind, section, item}
    let markedElement = null; // the one element with the class wc-current
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

    // The fragments in order are the header, the preamble, then the sections, whose elements
    // the page keeps in groups of sectionsPerGroup (div.wc-group, section i in group
    // floor(i / sectionsPerGroup)): a group out of view is neither laid out nor painted
    // (content-visibility in the shell), and a frame walks a few hundred groups where it
    // walked every section of a long issue. An index still finds its element directly.
    const firstSection = 2;
    const sectionsPerGroup = 64;

    function groupOf(index) {
        return container().children[firstSection +
                                    Math.floor((index - firstSection) / sectionsPerGroup)] ||
            null;
    }

    function fragmentAt(index) {
        if (index < firstSection)
            return container().children[index] || null;
        const group = groupOf(index);
        return group ? group.children[(index - firstSection) % sectionsPerGroup] || null : null;
    }

    function fragmentCount() {
        const root = container();
        const children = root.children.length;
        if (children <= firstSection)
            return children;
        return firstSection + (children - firstSection - 1) * sectionsPerGroup +
            root.lastElementChild.children.length;
    }

    // Replaces the fragment at `index`, or appends it when `index` is the count.
    function put(index, element) {
        const old = fragmentAt(index);
        if (old) {
            old.replaceWith(element);
            return;
        }
        const root = container();
        if (index < firstSection) {
            root.appendChild(element);
            return;
        }
        let group = groupOf(index);
        if (!group) {
            group = document.createElement('div');
            group.className = 'wc-group';
            root.appendChild(group);
        }
        group.appendChild(element);
    }

    function removeLast() {
        const root = container();
        if (root.children.length <= firstSection) {
            root.lastElementChild.remove();
            return;
        }
        const group = root.lastElementChild;
        group.lastElementChild.remove();
        if (!group.firstElementChild)
            group.remove();
    }

    function update(payload) {
        for (const change of payload.changes) {
            if (change.html !== undefined) {
                put(change.index, elementFrom(change.html));
            } else {
                // Moved by an edit elsewhere: only its position attributes change.
                const old = fragmentAt(change.index);
                for (const name in change.attributes)
                    old?.setAttribute(name, change.attributes[name]);
            }
        }
        for (let count = fragmentCount(); count > payload.count; --count)
            removeLast();
        if (marked)
            applyMark(revealPending);
        return payload.revision;
    }

    // The fragment at `index` if it matches `selector`.
    function fragment(index, selector) {
        const element = fragmentAt(index);
        return element && element.matches(selector) ? element : null;
    }

    // Found by the fragment's index: no query over the whole document, whose cost grew with
    // the issue on every update.
    function target(mark) {
        switch (mark.kind) {
        case 'header':
            return fragment(0, 'header.issue-header');
        case 'preamble':
            return fragment(1, '.preamble');
        case 'section':
            return fragment(mark.section + firstSection, `section[data-section="${mark.section}"]`);
        case 'item': {
            const section = fragment(mark.section + firstSection, `section[data-section="${mark.section}"]`);
            return section && section.querySelector(`:scope > .item[data-item="${mark.item}"]`);
        }
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
        if (markedElement && markedElement !== element)
            markedElement.classList.remove('wc-current'); // or it left the page with its fragment
        markedElement = element;
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
