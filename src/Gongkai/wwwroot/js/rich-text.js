/*
 * Rich-text editing for body fields in the back office. Progressive enhancement, no dependencies:
 * every <textarea data-rich-text> gets a toolbar and an editable region in its place. The textarea
 * stays the form field (hidden, kept in sync), so without JavaScript the form works as before and
 * a form re-rendered after an error shows what was typed. The server's HtmlCleaner is the real
 * guard; the cleaning here only keeps the editor's HTML to the structure the toolbar offers.
 */
(function () {
    'use strict';

    // ---- Cleaning: pasted or loaded HTML becomes plain structure ----

    /** Elements kept as they are (attributes aside). */
    var KEEP = ['P', 'BR', 'H2', 'H3', 'H4', 'STRONG', 'EM', 'UL', 'OL', 'LI', 'A', 'TABLE', 'CAPTION', 'THEAD', 'TBODY', 'TFOOT', 'TR', 'TH', 'TD', 'SUB', 'SUP', 'BLOCKQUOTE'];
    /** Elements kept under another name: the page title is the only h1. */
    var RENAME = { B: 'strong', I: 'em', H1: 'h2', H5: 'h4', H6: 'h4', DT: 'p', DD: 'p', PRE: 'p', ADDRESS: 'p' };
    /** Elements dropped with everything inside them. */
    var DROP = ['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'IFRAME', 'FRAME', 'FRAMESET', 'OBJECT', 'EMBED', 'APPLET', 'HEAD', 'TITLE', 'META', 'LINK', 'BASE',
        'SVG', 'MATH', 'IMG', 'PICTURE', 'VIDEO', 'AUDIO', 'CANVAS', 'MAP', 'FORM', 'INPUT', 'BUTTON', 'SELECT', 'TEXTAREA', 'OPTION', 'DATALIST', 'OUTPUT'];
    var BLOCKS = ['P', 'H2', 'H3', 'H4', 'UL', 'OL', 'LI', 'TABLE', 'BLOCKQUOTE', 'DIV', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'ASIDE', 'NAV', 'MAIN', 'FIGURE', 'DL', 'HR'];
    var INLINE_TOP = ['STRONG', 'EM', 'B', 'I', 'SPAN', 'A', 'BR', 'SUB', 'SUP'];

    function has(list, name) { return list.indexOf(name) >= 0; }

    /** Only http, https, mailto and addresses on this site; the same rule as HtmlCleaner. */
    function safeUrl(url) {
        if (!url || /[\u0000-\u0020\u007f\\]/.test(url)) {
            return false;
        }
        var scheme = /^([a-z][a-z0-9+.\-]*):/i.exec(url);
        if (scheme) {
            var name = scheme[1].toLowerCase();
            return name === 'mailto' ? url.length > 7 : (name === 'http' || name === 'https') && /^https?:\/\/[^\/]/i.test(url);
        }
        return url.slice(0, 2) !== '//';
    }

    /** Copies the children of <paramref name="from"/> into <paramref name="to"/>, cleaned. */
    function cleanChildren(from, to) {
        for (var node = from.firstChild; node; node = node.nextSibling) {
            cleanNode(node, to);
        }
    }

    function cleanNode(node, to) {
        if (node.nodeType === 3) {
            to.appendChild(document.createTextNode(node.nodeValue));
            return;
        }
        if (node.nodeType !== 1) {
            return; // comments (Word's conditional ones among them) and the like
        }
        var name = node.nodeName.toUpperCase();
        if (has(DROP, name)) {
            return;
        }
        var tag = RENAME[name] || (has(KEEP, name) ? name.toLowerCase() : null);
        if (name === 'DIV') {
            tag = hasBlockChild(node) ? null : 'p';
        } else if (/^(P|H2|H3|H4)$/.test(name) && hasBlockChild(node)) {
            tag = null; // a list or table inside a paragraph (as Chrome's list command leaves it) stands alone
        }
        if (tag === 'a' && !safeUrl((node.getAttribute('href') || '').trim())) {
            tag = null; // a link to somewhere unsafe keeps its text
        }
        if (!tag) {
            cleanChildren(node, to); // span, font, o:p, div around blocks…: keep what is inside
            return;
        }
        var copy = document.createElement(tag);
        if (tag === 'a') {
            copy.setAttribute('href', node.getAttribute('href').trim());
        }
        if (tag === 'th' || tag === 'td') {
            ['colspan', 'rowspan'].forEach(function (a) {
                var n = parseInt(node.getAttribute(a), 10);
                if (n > 1 && n <= 100) {
                    copy.setAttribute(a, String(n));
                }
            });
        }
        if (tag === 'th' && /^(row|col|rowgroup|colgroup)$/.test(node.getAttribute('scope') || '')) {
            copy.setAttribute('scope', node.getAttribute('scope'));
        }
        cleanChildren(node, copy);
        to.appendChild(copy);
    }

    function hasBlockChild(node) {
        for (var c = node.firstChild; c; c = c.nextSibling) {
            if (c.nodeType === 1 && has(BLOCKS, c.nodeName.toUpperCase())) {
                return true;
            }
        }
        return false;
    }

    function isInline(node) {
        return node.nodeType === 3 || node.nodeType === 1 && has(INLINE_TOP, node.nodeName.toUpperCase());
    }

    /** Text and inline elements at the top level go into paragraphs; whitespace between blocks goes. */
    function wrapInline(root) {
        var paragraph = null;
        Array.prototype.slice.call(root.childNodes).forEach(function (node) {
            if (!isInline(node)) {
                paragraph = null;
            } else if (node.nodeType === 3 && !paragraph && !node.nodeValue.trim()) {
                root.removeChild(node);
            } else {
                paragraph = paragraph || root.insertBefore(document.createElement('p'), node);
                paragraph.appendChild(node);
            }
        });
    }

    /**
     * Cleaned content made tidy: paragraphs around loose text (unless all of it is inline and
     * <paramref name="inline"/> is set, as for a few pasted words), without empty paragraphs and
     * headings or the browser's placeholder line breaks.
     */
    function tidy(root, inline) {
        if (!inline || !Array.prototype.every.call(root.childNodes, isInline)) {
            wrapInline(root);
        }
        Array.prototype.slice.call(root.querySelectorAll('p, h2, h3, h4, li, th, td, caption')).forEach(function (block) {
            var last = block.lastChild;
            while (last && last.nodeType === 3 && !last.nodeValue.trim()) {
                last = last.previousSibling;
            }
            if (last && last.nodeName === 'BR') {
                block.removeChild(last); // the browser's placeholder in an empty or just-ended line
            }
            if (/^(P|H2|H3|H4)$/.test(block.nodeName) && !block.textContent.trim() && !block.querySelector('br')) {
                block.parentNode.removeChild(block);
            }
        });
        return root;
    }

    /** Cleaned HTML as a detached element, from HTML text parsed inertly (nothing in it runs or loads). */
    function fromHtml(html, inline) {
        var parsed = new DOMParser().parseFromString(html, 'text/html');
        var root = document.createElement('div');
        cleanChildren(parsed.body, root);
        return tidy(root, inline);
    }

    /** Plain text: one paragraph per line, as the server does with text typed without markup. */
    function fromText(text) {
        var root = document.createElement('div');
        text.replace(/\r/g, '').split('\n').forEach(function (line) {
            if (line.trim()) {
                var p = document.createElement('p');
                p.textContent = line.trim();
                root.appendChild(p);
            }
        });
        return root;
    }

    function fromValue(value) {
        return value.indexOf('<') >= 0 ? fromHtml(value) : fromText(value);
    }

    // ---- The editor ----

    var BUTTONS = [
        { command: 'p', label: '正文段落', pressed: true },
        { command: 'h2', label: '二级标题', pressed: true },
        { command: 'h3', label: '三级标题', pressed: true },
        { command: 'bold', label: '加粗', keys: 'Control+B', pressed: true },
        { command: 'italic', label: '斜体', keys: 'Control+I', pressed: true },
        { command: 'ol', label: '编号列表', pressed: true },
        { command: 'ul', label: '项目列表', pressed: true },
        { command: 'link', label: '链接', keys: 'Control+K' },
        { command: 'table', label: '插入表格' },
        { command: 'clear', label: '清除格式' },
        { command: 'source', label: 'HTML 源码', pressed: true }
    ];

    var count = 0;

    function make(tag, attributes, text) {
        var element = document.createElement(tag);
        Object.keys(attributes || {}).forEach(function (name) {
            element.setAttribute(name, attributes[name]);
        });
        if (text) {
            element.textContent = text;
        }
        return element;
    }

    function enhance(textarea) {
        if (textarea.getAttribute('data-rich-text-ready')) {
            return;
        }
        textarea.setAttribute('data-rich-text-ready', 'true');
        count++;
        var id = textarea.id || 'rich-text-' + count;
        var label = textarea.labels && textarea.labels[0];
        if (label && !label.id) {
            label.id = id + '-label';
        }
        var name = (label ? label.textContent.replace(/（.*$/, '').trim() : '') || '正文';

        var toolbar = make('div', { role: 'toolbar', 'aria-label': name + '格式', 'aria-controls': id + '-editor', 'class': 'rich-text-toolbar' });
        var area = make('div', {
            id: id + '-editor', 'class': 'rich-text-area', contenteditable: 'true', role: 'textbox', 'aria-multiline': 'true'
        });
        var hint = make('span', { id: id + '-editor-hint', 'class': 'hint' },
            '用工具栏设置标题、列表、链接和表格；“HTML 源码”可直接编辑或粘贴 HTML。快捷键：Ctrl+B 加粗，Ctrl+I 斜体，Ctrl+K 链接，Alt+F10 转到工具栏。');
        var status = make('p', { 'class': 'rich-text-status', role: 'status' });
        if (label) {
            area.setAttribute('aria-labelledby', label.id);
        } else {
            area.setAttribute('aria-label', name);
        }
        area.setAttribute('aria-describedby', [hint.id].concat((textarea.getAttribute('aria-describedby') || '').split(' ')).join(' ').trim());
        if (textarea.classList.contains('input-error') || textarea.getAttribute('aria-invalid') === 'true') {
            area.classList.add('input-error');
            area.setAttribute('aria-invalid', 'true');
        }

        var buttons = {};
        BUTTONS.forEach(function (b, i) {
            var button = make('button', { type: 'button', tabindex: i === 0 ? '0' : '-1', 'data-command': b.command }, b.label);
            if (b.pressed) {
                button.setAttribute('aria-pressed', 'false');
            }
            if (b.keys) {
                button.setAttribute('aria-keyshortcuts', b.keys);
                button.title = b.label + '（' + b.keys.replace('Control', 'Ctrl') + '）';
            }
            buttons[b.command] = button;
            toolbar.appendChild(button);
        });

        textarea.parentNode.insertBefore(hint, textarea);
        textarea.parentNode.insertBefore(toolbar, textarea);
        textarea.parentNode.insertBefore(area, textarea);
        textarea.parentNode.insertBefore(status, textarea);
        textarea.hidden = true;

        var dirty = false;
        var source = false;
        var saved = null;

        function load(value) {
            area.innerHTML = '';
            var root = fromValue(value);
            while (root.firstChild) {
                area.appendChild(root.firstChild);
            }
            if (!area.firstChild) {
                area.appendChild(make('p'));
            }
            // Empty blocks and cells need a line break to hold the caret.
            Array.prototype.forEach.call(area.querySelectorAll('p, h2, h3, h4, li, th, td, caption'), function (block) {
                if (!block.firstChild) {
                    block.appendChild(make('br'));
                }
            });
        }

        function serialize() {
            var root = document.createElement('div');
            cleanChildren(area, root);
            tidy(root);
            return root.textContent.trim() || root.querySelector('table') ? root.innerHTML : '';
        }

        function sync() {
            textarea.value = serialize();
        }

        function changed() {
            dirty = true;
            sync();
            update();
        }

        function say(message) {
            status.textContent = '';
            window.setTimeout(function () { status.textContent = message; }, 50);
        }

        function inArea(node) {
            return node && (node === area || area.contains(node));
        }

        function remember() {
            var selection = window.getSelection();
            if (selection.rangeCount && inArea(selection.anchorNode)) {
                saved = selection.getRangeAt(0).cloneRange();
                update();
            }
        }

        /** Back to the text from the toolbar, where the caret was; in the text already, the live selection stands (the remembered one may lag behind fast typing). */
        function restore() {
            if (document.activeElement === area) {
                return;
            }
            area.focus();
            if (saved) {
                var selection = window.getSelection();
                selection.removeAllRanges();
                selection.addRange(saved);
            }
        }

        function exec(command, value) {
            document.execCommand('styleWithCSS', false, false);
            document.execCommand('defaultParagraphSeparator', false, 'p');
            return document.execCommand(command, false, value);
        }

        function closest(names) {
            var selection = window.getSelection();
            var node = selection.rangeCount ? selection.anchorNode : null;
            for (; node && node !== area; node = node.parentNode) {
                if (node.nodeType === 1 && names.indexOf(node.nodeName) >= 0) {
                    return node;
                }
            }
            return null;
        }

        function press(command, on) {
            buttons[command].setAttribute('aria-pressed', on ? 'true' : 'false');
        }

        function update() {
            if (source) {
                return;
            }
            var selection = window.getSelection();
            if (!selection.rangeCount || !inArea(selection.anchorNode)) {
                return;
            }
            var block = closest(['P', 'H2', 'H3', 'H4', 'LI', 'TH', 'TD', 'CAPTION']);
            var blockName = block ? block.nodeName : '';
            press('p', blockName === 'P');
            press('h2', blockName === 'H2');
            press('h3', blockName === 'H3');
            press('bold', document.queryCommandState('bold') && !/^(H\d|TH|CAPTION)$/.test(blockName) || !!closest(['STRONG', 'B']));
            press('italic', document.queryCommandState('italic') || !!closest(['EM', 'I']));
            press('ol', !!closest(['OL']));
            press('ul', !!closest(['UL']));
        }

        function unwrap(element) {
            while (element.firstChild) {
                element.parentNode.insertBefore(element.firstChild, element);
            }
            element.parentNode.removeChild(element);
        }

        /** How many characters of text come before a point in the editor. */
        function textBefore(node, offset) {
            var range = document.createRange();
            range.setStart(area, 0);
            range.setEnd(node, offset);
            return range.toString().length;
        }

        /** The point after that many characters of text. */
        function textPoint(chars) {
            var walker = document.createTreeWalker(area, NodeFilter.SHOW_TEXT);
            for (var node = walker.nextNode(); node; node = walker.nextNode()) {
                if (chars <= node.nodeValue.length) {
                    return { node: node, offset: chars };
                }
                chars -= node.nodeValue.length;
            }
            return null;
        }

        /**
         * Chrome puts a new list inside the paragraph it came from, leaves a former item's text loose,
         * and the caret at the start: lists and paragraphs are put right, and a caret that was in text
         * goes back to the same character.
         */
        function list(command) {
            var s = window.getSelection();
            var inText = s.rangeCount && s.anchorNode.nodeType === 3 && s.focusNode.nodeType === 3 && inArea(s.anchorNode);
            var marks = inText ? [textBefore(s.anchorNode, s.anchorOffset), textBefore(s.focusNode, s.focusOffset)] : null;
            exec(command);
            var after = s.rangeCount ? [s.anchorNode, s.anchorOffset, s.focusNode, s.focusOffset] : null;
            Array.prototype.forEach.call(area.querySelectorAll('p, h2, h3, h4'), function (block) {
                if (block.querySelector('ul, ol')) {
                    unwrap(block);
                }
            });
            // Taken out of a list, an item's text is left loose in a styled span.
            Array.prototype.forEach.call(area.querySelectorAll('span'), unwrap);
            wrapInline(area);
            var anchor = marks && textPoint(marks[0]);
            var focus = marks && textPoint(marks[1]);
            if (anchor && focus) {
                s.setBaseAndExtent(anchor.node, anchor.offset, focus.node, focus.offset);
            } else if (after && inArea(after[0]) && inArea(after[2])) {
                s.setBaseAndExtent(after[0], after[1], after[2], after[3]);
            }
        }

        /** The child of the editor that holds the caret. */
        function topBlock() {
            var selection = window.getSelection();
            var node = selection.rangeCount ? selection.anchorNode : null;
            while (node && node.parentNode !== area) {
                node = node.parentNode;
            }
            return inArea(node) ? node : null;
        }

        function format(tag) {
            var block = closest(['P', 'H2', 'H3', 'H4']);
            exec('formatBlock', '<' + (block && block.nodeName.toLowerCase() === tag && tag !== 'p' ? 'p' : tag) + '>');
        }

        function link() {
            var current = closest(['A']);
            var answer = window.prompt('链接地址（以 https://、http://、mailto: 开头，或以 / 开头的本站地址；留空则取消链接）：', current ? current.getAttribute('href') : 'https://');
            restore();
            if (answer === null) {
                return;
            }
            answer = answer.trim();
            if (/^www\./i.test(answer)) {
                answer = 'https://' + answer;
            }
            if (answer === '' || answer === 'https://') {
                exec('unlink');
                return;
            }
            if (!safeUrl(answer)) {
                say('链接未添加：地址只能以 https://、http://、mailto: 开头，或是以 / 开头的本站地址。');
                return;
            }
            var selection = window.getSelection();
            if (selection.isCollapsed && !current) {
                var a = make('a', { href: answer }, answer);
                exec('insertHTML', a.outerHTML);
            } else {
                exec('createLink', answer);
            }
            say('已添加链接：' + answer);
        }

        function table() {
            var answer = window.prompt('插入表格：请输入行数和列数，如 3×4（第一行为表头）', '3×3');
            restore();
            if (answer === null) {
                return;
            }
            var size = /^\s*(\d{1,2})\s*[x×X*＊,，、\s]\s*(\d{1,2})\s*$/.exec(answer);
            var rows = size ? parseInt(size[1], 10) : 0;
            var cols = size ? parseInt(size[2], 10) : 0;
            if (rows < 1 || rows > 50 || cols < 1 || cols > 12) {
                say('表格未插入：请按“行数×列数”填写，如 3×4，最多 50 行、12 列。');
                return;
            }
            var html = '<table><thead><tr>' + new Array(cols + 1).join('<th scope="col"><br></th>') + '</tr></thead>';
            if (rows > 1) {
                html += '<tbody>' + new Array(rows).join('<tr>' + new Array(cols + 1).join('<td><br></td>') + '</tr>') + '</tbody>';
            }
            // Built here rather than with insertHTML, which tears a table apart inside a paragraph.
            var box = document.createElement('div');
            box.innerHTML = html + '</table>';
            var added = box.firstChild;
            var block = topBlock();
            if (!block) {
                area.appendChild(added);
            } else if (/^(P|H2|H3|H4)$/.test(block.nodeName) && !block.textContent.trim()) {
                area.replaceChild(added, block);
            } else {
                area.insertBefore(added, block.nextSibling);
            }
            if (!added.nextSibling || added.nextSibling.nodeName === 'TABLE') {
                area.insertBefore(make('p'), added.nextSibling).appendChild(make('br')); // somewhere to write after the table
            }
            var cell = added.querySelector('th');
            if (cell) {
                var range = document.createRange();
                range.selectNodeContents(cell);
                range.collapse(true);
                window.getSelection().removeAllRanges();
                window.getSelection().addRange(range);
            }
            say('已插入 ' + rows + ' 行 ' + cols + ' 列的表格，第一行为表头。');
        }

        function toggleSource() {
            source = !source;
            if (source) {
                if (dirty) {
                    sync();
                }
                area.hidden = true;
                textarea.hidden = false;
            } else {
                load(textarea.value);
                dirty = false;
                textarea.hidden = true;
                area.hidden = false;
            }
            press('source', source);
            BUTTONS.forEach(function (b) {
                if (b.command !== 'source') {
                    buttons[b.command].disabled = source;
                }
            });
            rove(buttons.source);
            (source ? textarea : area).focus();
        }

        function run(command) {
            if (command === 'source') {
                toggleSource();
                return;
            }
            restore();
            switch (command) {
                case 'p': case 'h2': case 'h3': format(command); break;
                case 'bold': exec('bold'); break;
                case 'italic': exec('italic'); break;
                case 'ol': list('insertOrderedList'); break;
                case 'ul': list('insertUnorderedList'); break;
                case 'link': link(); break;
                case 'table': table(); break;
                case 'clear': exec('removeFormat'); exec('unlink'); say('已清除所选文字的格式。'); break;
            }
            remember();
            changed();
        }

        // Toolbar: one tab stop, arrow keys move between buttons (roving tabindex).
        function enabled() {
            return Array.prototype.filter.call(toolbar.querySelectorAll('button'), function (b) { return !b.disabled; });
        }

        function rove(to) {
            Array.prototype.forEach.call(toolbar.querySelectorAll('button'), function (b) {
                b.tabIndex = b === to ? 0 : -1;
            });
        }

        toolbar.addEventListener('mousedown', function (e) {
            if (e.target.closest('button') && !source) {
                e.preventDefault(); // keep the selection in the text
            }
        });
        toolbar.addEventListener('click', function (e) {
            var button = e.target.closest('button');
            if (button && !button.disabled) {
                rove(button);
                run(button.getAttribute('data-command'));
            }
        });
        toolbar.addEventListener('keydown', function (e) {
            var list = enabled();
            var at = list.indexOf(document.activeElement);
            var next = null;
            if (e.key === 'ArrowRight' || e.key === 'ArrowDown') {
                next = list[(at + 1) % list.length];
            } else if (e.key === 'ArrowLeft' || e.key === 'ArrowUp') {
                next = list[(at - 1 + list.length) % list.length];
            } else if (e.key === 'Home') {
                next = list[0];
            } else if (e.key === 'End') {
                next = list[list.length - 1];
            } else if (e.key === 'Escape') {
                e.preventDefault();
                if (source) {
                    textarea.focus();
                } else {
                    restore();
                }
                return;
            }
            if (next) {
                e.preventDefault();
                rove(next);
                next.focus();
            }
        });

        area.addEventListener('focus', function () {
            exec('defaultParagraphSeparator', 'p'); // Enter starts a paragraph, not a div
        });

        area.addEventListener('keydown', function (e) {
            var key = e.key.toLowerCase();
            if (e.isComposing) {
                return; // typing through an input method
            }
            if ((e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && (key === 'b' || key === 'i' || key === 'k')) {
                e.preventDefault();
                run({ b: 'bold', i: 'italic', k: 'link' }[key]);
            } else if (e.altKey && e.key === 'F10') {
                e.preventDefault();
                var current = toolbar.querySelector('button[tabindex="0"]');
                (current && !current.disabled ? current : enabled()[0]).focus();
            }
        });

        area.addEventListener('paste', function (e) {
            var data = e.clipboardData;
            if (!data) {
                return;
            }
            e.preventDefault();
            var html = data.getData('text/html');
            var text = data.getData('text/plain');
            if (html) {
                exec('insertHTML', fromHtml(html, true).innerHTML);
            } else if (text.indexOf('\n') >= 0) {
                exec('insertHTML', fromText(text).innerHTML);
            } else {
                exec('insertText', text);
            }
            changed();
        });

        area.addEventListener('drop', function (e) {
            if (e.dataTransfer && e.dataTransfer.files && e.dataTransfer.files.length) {
                e.preventDefault(); // files go in the attachment field, not the text
                say('文件请通过“附件”上传。');
            }
        });

        area.addEventListener('input', function (e) {
            if (e.inputType === 'insertFromDrop') {
                load(serialize()); // dropped markup is cleaned like pasted markup
            }
            changed();
        });

        document.addEventListener('selectionchange', remember);

        if (label) {
            label.addEventListener('click', function (e) {
                if (!source) {
                    e.preventDefault();
                    area.focus();
                }
            });
        }

        if (textarea.form) {
            textarea.form.addEventListener('submit', function () {
                if (dirty && !source) {
                    sync();
                }
            });
        }

        load(textarea.value);
    }

    function start() {
        Array.prototype.forEach.call(document.querySelectorAll('textarea[data-rich-text]'), enhance);
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
}());
