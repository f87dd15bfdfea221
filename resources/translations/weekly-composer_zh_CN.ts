<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>MainToolBar</name>
    <message>
        <source>Main Toolbar</source>
        <translation>主工具栏</translation>
    </message>
</context>
<context>
    <name>wc::AnnouncementDialog</name>
    <message>
        <source>New Issue</source>
        <translation>新建一期</translation>
    </message>
    <message>
        <source>These blocks of %1 follow its stats line and may be one-off announcements. The new issue carries over the checked ones.</source>
        <translation>%1 的统计行之后有以下段落，可能是一次性的公告。新的一期只保留勾选的段落。</translation>
    </message>
    <message>
        <source>Make Issue</source>
        <translation>生成新一期</translation>
    </message>
</context>
<context>
    <name>wc::ArchiveController</name>
    <message>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
</context>
<context>
    <name>wc::ArchivePane</name>
    <message>
        <source>Search all issues</source>
        <translation>搜索所有期</translation>
    </message>
    <message>
        <source>Search the archive</source>
        <translation>搜索归档</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>期号</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>条目</translation>
    </message>
    <message numerus="yes">
        <source>%n other item(s)</source>
        <translation>
            <numerusform>%n 个其他条目</numerusform>
        </translation>
    </message>
    <message>
        <source>No archive: this issue is not saved in a newsletter folder.</source>
        <translation>没有归档：这一期没有保存在周刊的文件夹中。</translation>
    </message>
    <message>
        <source>Reading the archive…</source>
        <translation>正在读取归档…</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n issue(s) in %1</source>
        <translation>
            <numerusform>%1 中共 %n 期</numerusform>
        </translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>%1 · %2
%3</source>
        <translation>%1 · %2
%3</translation>
    </message>
    <message>
        <source>No item matches “%1”.</source>
        <translation>没有条目匹配“%1”。</translation>
    </message>
    <message numerus="yes">
        <source>The first %n matching item(s), newest first.</source>
        <translation>
            <numerusform>前 %n 个匹配的条目，最新的在前。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n matching item(s), newest first.</source>
        <translation>
            <numerusform>%n 个匹配的条目，最新的在前。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wc::CheckDismissals</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a dismissals file: %2</source>
        <translation>%1 不是忽略记录文件：%2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>wc::CheckListModel</name>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>%1 (dismissed)</source>
        <translation>%1（已忽略）</translation>
    </message>
</context>
<context>
    <name>wc::ChecksController</name>
    <message>
        <source>Checks</source>
        <translation>检查</translation>
    </message>
</context>
<context>
    <name>wc::ChecksPane</name>
    <message>
        <source>&amp;Dismiss</source>
        <translation>忽略(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Open Earlier Issue</source>
        <translation>打开之前那期(&amp;O)</translation>
    </message>
    <message>
        <source>Show dis&amp;missed</source>
        <translation>显示已忽略(&amp;M)</translation>
    </message>
    <message>
        <source>Hide this finding for this issue (remembered beside the file)</source>
        <translation>在本期中隐藏这个问题（记录在文件旁边）</translation>
    </message>
    <message>
        <source>Open the issue that shared this link before</source>
        <translation>打开之前分享过这个链接的那一期</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>没有发现问题。</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n 个问题</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s), %1 dismissed</source>
        <translation>
            <numerusform>%n 个问题，%1 个已忽略</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Go to</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Dismiss for This Issue</source>
        <translation>在本期中忽略(&amp;D)</translation>
    </message>
</context>
<context>
    <name>wc::CompareDialog</name>
    <message>
        <source>Compare %1</source>
        <translation>比较 %1</translation>
    </message>
    <message>
        <source>Lines marked − are only in the file on disk, lines marked + only in the editor.</source>
        <translation>标记 − 的行只在磁盘上的文件中，标记 + 的行只在编辑器中。</translation>
    </message>
    <message>
        <source>&amp;Reload from Disk</source>
        <translation>从磁盘重新载入(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Keep Mine</source>
        <translation>保留我的版本(&amp;K)</translation>
    </message>
</context>
<context>
    <name>wc::DocumentManager</name>
    <message>
        <source>Reading the newsletter's archive…</source>
        <translation>正在读取周刊的归档…</translation>
    </message>
</context>
<context>
    <name>wc::FileWriter</name>
    <message>
        <source>it is a directory</source>
        <translation>它是一个目录</translation>
    </message>
</context>
<context>
    <name>wc::FindBar</name>
    <message>
        <source>Match case</source>
        <translation>区分大小写</translation>
    </message>
    <message>
        <source>Whole words</source>
        <translation>全词匹配</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>正则表达式</translation>
    </message>
    <message>
        <source>Wrap around</source>
        <translation>循环查找</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>替换为</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>上一个匹配（Shift+F3）</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>下一个匹配（F3）</translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation>关闭查找栏（Esc）</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>替换(&amp;R)</translation>
    </message>
    <message>
        <source>Replace &amp;All</source>
        <translation>全部替换(&amp;A)</translation>
    </message>
    <message>
        <source>Invalid regular expression: %1</source>
        <translation>正则表达式无效：%1</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>无匹配</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>第 %1 / %2 个</translation>
    </message>
    <message>
        <source>%1 matches</source>
        <translation>%1 个匹配</translation>
    </message>
    <message>
        <source>No more matches below</source>
        <translation>下方没有更多匹配</translation>
    </message>
    <message>
        <source>No more matches above</source>
        <translation>上方没有更多匹配</translation>
    </message>
    <message>
        <source>Replaced %1</source>
        <translation>已替换 %1 处</translation>
    </message>
</context>
<context>
    <name>wc::FormPanel</name>
    <message>
        <source>Select a section or an item in the outline.</source>
        <translation>请在大纲中选择一个分类或条目。</translation>
    </message>
</context>
<context>
    <name>wc::FrontMatterForm</name>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Issue &amp;number:</source>
        <translation>期号(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>作者(&amp;A)：</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Other keys:</source>
        <translation>其他字段：</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>Lists and values over several lines are read-only here (their tooltip gives their lines): edit them in the source.</source>
        <translation>列表和跨越多行的值在这里只读（提示中给出它们所在的行）：请在源码中编辑。</translation>
    </message>
    <message>
        <source>Lines %1–%2 of the source: edit this value there.</source>
        <translation>源码第 %1–%2 行：请在那里编辑这个值。</translation>
    </message>
    <message>
        <source>The English title</source>
        <translation>英文标题</translation>
    </message>
    <message>
        <source>E&amp;nglish title:</source>
        <translation>英文标题(&amp;N)：</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>描述(&amp;E)：</translation>
    </message>
    <message>
        <source>The English description</source>
        <translation>英文描述</translation>
    </message>
    <message>
        <source>English desc&amp;ription:</source>
        <translation>英文描述(&amp;R)：</translation>
    </message>
    <message>
        <source>Chinese &amp;title:</source>
        <translation>中文标题(&amp;T)：</translation>
    </message>
    <message>
        <source>Chinese d&amp;escription:</source>
        <translation>中文描述(&amp;E)：</translation>
    </message>
    <message>
        <source>The description is over several lines: see Other keys, and edit it in the source.</source>
        <translation>描述有多行：见“其他键”，请在源码中编辑。</translation>
    </message>
</context>
<context>
    <name>wc::FrontMatterParser</name>
    <message>
        <source>a line does not continue the list of keys</source>
        <translation>有一行没有接续键值列表</translation>
    </message>
    <message>
        <source>a "{" is never closed with "}"</source>
        <translation>“{”没有用“}”闭合</translation>
    </message>
    <message>
        <source>a line does not continue the list</source>
        <translation>有一行没有接续列表</translation>
    </message>
    <message>
        <source>a "[" is never closed with "]"</source>
        <translation>“[”没有用“]”闭合</translation>
    </message>
    <message>
        <source>a quoted value is never closed</source>
        <translation>带引号的值没有闭合</translation>
    </message>
    <message>
        <source>a ": " where no key can start</source>
        <translation>在不能开始键的位置出现了“: ”</translation>
    </message>
    <message>
        <source>a misplaced key</source>
        <translation>键的位置不对</translation>
    </message>
    <message>
        <source>a "- " list item where none can start</source>
        <translation>在不能开始列表项的位置出现了“- ”</translation>
    </message>
    <message>
        <source>a character that cannot start a value</source>
        <translation>值不能以这个字符开头</translation>
    </message>
    <message>
        <source>a tab used for indentation</source>
        <translation>用制表符做了缩进</translation>
    </message>
    <message>
        <source>a character not allowed in a value</source>
        <translation>值中有不允许的字符</translation>
    </message>
    <message>
        <source>an alias to an anchor that is not defined</source>
        <translation>别名指向了未定义的锚点</translation>
    </message>
    <message>
        <source>invalid YAML in the front matter: the %1 that opens the value of "%2" is not closed on its line</source>
        <translation>文件头信息中的 YAML 无效：“%2”的值开头的 %1 没有在同一行闭合</translation>
    </message>
    <message>
        <source>the front matter is not a list of "key: value" lines</source>
        <translation>文件头信息不是由“键: 值”行组成的</translation>
    </message>
    <message>
        <source>invalid YAML in the front matter: %1</source>
        <translation>文件头信息中的 YAML 无效：%1</translation>
    </message>
</context>
<context>
    <name>wc::HtmlExportActions</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Export as HTML</source>
        <translation>导出为 HTML</translation>
    </message>
    <message>
        <source>HTML pages (*.html *.htm)</source>
        <translation>HTML 网页 (*.html *.htm)</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <source>Default (for readers)</source>
        <translation>默认（面向读者）</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
</context>
<context>
    <name>wc::InboxController</name>
    <message>
        <source>%1 It is left as it is: links added now are not saved.</source>
        <translation>%1 该文件保持原样：现在添加的链接不会保存。</translation>
    </message>
    <message>
        <source>The inbox cannot be saved to %1: %2</source>
        <translation>无法将收件箱保存到 %1：%2</translation>
    </message>
    <message>
        <source>Select a section in the outline to send the link to.</source>
        <translation>请先在大纲中选择要发送链接的栏目。</translation>
    </message>
</context>
<context>
    <name>wc::InboxFile</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is larger than 16 MB: it is no inbox.</source>
        <translation>%1 超过 16 MB：不是收件箱文件。</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (line %2: %3).</source>
        <translation>%1 不是有效的 JSON（第 %2 行：%3）。</translation>
    </message>
    <message>
        <source>%1 is not an inbox of Weekly Composer (no "format": "%2" with "links").</source>
        <translation>%1 不是 Weekly Composer 的收件箱（没有 "format": "%2" 和 "links"）。</translation>
    </message>
    <message>
        <source>%1 was written by a newer Weekly Composer (inbox version %2).</source>
        <translation>%1 由更新版本的 Weekly Composer 写入（收件箱版本 %2）。</translation>
    </message>
    <message>
        <source>%1: link %2 has no web address ("url": "http…").</source>
        <translation>%1：第 %2 个链接没有网址（"url": "http…"）。</translation>
    </message>
</context>
<context>
    <name>wc::InboxPane</name>
    <message>
        <source>&amp;Paste Links</source>
        <translation>粘贴链接(&amp;P)</translation>
    </message>
    <message>
        <source>Send to &amp;Section</source>
        <translation>发送到栏目(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Paste links here (one a line, or any text with links in it) or drop them; drag one into a section of the outline, or press Enter to send it to the selected section.</source>
        <translation>在这里粘贴链接（每行一个，或任何含有链接的文字），或把链接拖到这里；把链接拖进大纲的栏目，或按 Enter 发送到所选栏目。</translation>
    </message>
    <message>
        <source>Adds every link in the clipboard's text (Ctrl+V in the list)</source>
        <translation>添加剪贴板文字中的所有链接（在列表中按 Ctrl+V）</translation>
    </message>
    <message>
        <source>Makes the link an item of the section selected in the outline (Enter)</source>
        <translation>把链接变成大纲中所选栏目的条目（Enter）</translation>
    </message>
    <message>
        <source>Removes the link from the inbox (Delete)</source>
        <translation>从收件箱中移除该链接（Delete）</translation>
    </message>
    <message>
        <source>The clipboard holds no web address (http or https).</source>
        <translation>剪贴板中没有网址（http 或 https）。</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) added, </source>
        <translation>
            <numerusform>已添加 %n 个链接，</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the inbox or the issue.</source>
        <translation>
            <numerusform>%n 个已在收件箱或本期中。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) added.</source>
        <translation>
            <numerusform>已添加 %n 个链接。</numerusform>
        </translation>
    </message>
    <message>
        <source>No links. Paste or drop links here.</source>
        <translation>没有链接。请在这里粘贴或拖入链接。</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n 个链接</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · fetching %n…</source>
        <translation>
            <numerusform> · 正在获取 %n 个…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wc::IssueChecks</name>
    <message>
        <source>Item number %1 appears twice in a row.</source>
        <translation>条目编号 %1 连续出现了两次。</translation>
    </message>
    <message>
        <source>Item number %1 where %2 was expected.</source>
        <translation>条目编号为 %1，应为 %2。</translation>
    </message>
    <message>
        <source>The item has no link.</source>
        <translation>条目没有链接。</translation>
    </message>
    <message>
        <source>The item has no description.</source>
        <translation>条目没有描述。</translation>
    </message>
    <message>
        <source>A GitHub project without a star count.</source>
        <translation>GitHub 项目没有写星标数。</translation>
    </message>
    <message>
        <source>The project name is followed by an ASCII colon; this newsletter writes “：”.</source>
        <translation>项目名后面是英文冒号；本周刊用“：”。</translation>
    </message>
    <message>
        <source>“%1” looks like the bilingual separator “---” mistyped.</source>
        <translation>“%1”像是打错了的中英分隔符“---”。</translation>
    </message>
    <message>
        <source>Item %1 starts in the middle of a line, after an image: it needs a line of its own.</source>
        <translation>条目 %1 从一行中间（图片之后）开始：它需要单独占一行。</translation>
    </message>
    <message>
        <source>The stats line says %1 %2, the issue has %3.</source>
        <translation>统计行写的是 %1 %2，本期实际有 %3。</translation>
    </message>
    <message>
        <source>Shared before, in %1.</source>
        <translation>之前已分享过：%1。</translation>
    </message>
    <message>
        <source>The link to issue #%1 points to no issue of the archive.</source>
        <translation>指向第 %1 期的链接在归档中找不到对应的一期。</translation>
    </message>
    <message>
        <source>The issue is bilingual, but this title has no English part (“中文---English”).</source>
        <translation>本期是双语的，但这个标题没有英文部分（“中文---English”）。</translation>
    </message>
    <message>
        <source>The English part “%1” is still in Chinese (“%2”).</source>
        <translation>英文部分“%1”里还有中文（“%2”）。</translation>
    </message>
</context>
<context>
    <name>wc::IssueEditor</name>
    <message>
        <source>The live preview will appear here.</source>
        <translation>实时预览将显示在这里。</translation>
    </message>
    <message>
        <source>Add a section first: items belong to sections.</source>
        <translation>请先添加一个分类：条目必须属于某个分类。</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>新条目</translation>
    </message>
    <message>
        <source>New section</source>
        <translation>新分类</translation>
    </message>
    <message>
        <source>Add Item</source>
        <translation>添加条目</translation>
    </message>
    <message>
        <source>Duplicate Item</source>
        <translation>复制条目</translation>
    </message>
    <message>
        <source>Delete Item</source>
        <translation>删除条目</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Move to Section</source>
        <translation>移动到分类</translation>
    </message>
    <message>
        <source>Rename Section</source>
        <translation>重命名分类</translation>
    </message>
    <message>
        <source>Move Section Up</source>
        <translation>分类上移</translation>
    </message>
    <message>
        <source>Move Section Down</source>
        <translation>分类下移</translation>
    </message>
</context>
<context>
    <name>wc::IssueFile</name>
    <message>
        <source>it is a directory, not a file</source>
        <translation>它是一个目录，不是文件</translation>
    </message>
    <message>
        <source>it is a FIFO (named pipe), not a file: reading it could wait for ever</source>
        <translation>它是一个 FIFO（命名管道），不是文件：读取它可能会永远等待</translation>
    </message>
    <message>
        <source>it is a socket, not a file</source>
        <translation>它是一个套接字，不是文件</translation>
    </message>
    <message>
        <source>it is a device, not a file</source>
        <translation>它是一个设备，不是文件</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>它不是普通文件</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>没有这个文件</translation>
    </message>
    <message>
        <source>it is a loop of symbolic links that never reaches a file</source>
        <translation>它是一个循环的符号链接，永远到达不了文件</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>权限不足</translation>
    </message>
    <message>
        <source>it is %1 text (it starts with a %1 byte order mark); only UTF-8 is supported: convert it first, e.g. iconv -f %1 -t UTF-8 FILE &gt; NEW.md</source>
        <translation>它是 %1 文本（以 %1 字节顺序标记开头）；只支持 UTF-8：请先转换，例如 iconv -f %1 -t UTF-8 FILE &gt; NEW.md</translation>
    </message>
    <message>
        <source>it looks like a binary file (a NUL byte at offset %1)</source>
        <translation>它看起来是二进制文件（偏移 %1 处有 NUL 字节）</translation>
    </message>
    <message>
        <source>it is not valid UTF-8 (byte 0x%1 at offset %2, line %3)</source>
        <translation>它不是有效的 UTF-8（第 %3 行，偏移 %2 处的字节 0x%1）</translation>
    </message>
    <message>
        <source>it is %1 bytes, larger than the %2 bytes (64 MiB) an issue may have</source>
        <translation>它有 %1 字节，超过了一期允许的 %2 字节（64 MiB）</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
</context>
<context>
    <name>wc::IssueParser</name>
    <message>
        <source>the front matter opened on line 1 is never closed with "---"; it is read as the issue's text</source>
        <translation>第 1 行开始的文件头信息没有用“---”闭合，按正文读取</translation>
    </message>
</context>
<context>
    <name>wc::IssueSession</name>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
</context>
<context>
    <name>wc::IssueStatusBar</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>No items</source>
        <translation>没有条目</translation>
    </message>
    <message>
        <source>Items: %1</source>
        <translation>条目：%1</translation>
    </message>
    <message>
        <source>%1 items: %2</source>
        <translation>共 %1 个条目：%2</translation>
    </message>
    <message>
        <source>%1 words</source>
        <translation>全文 %1 字</translation>
    </message>
    <message>
        <source>The word count the newsletter publishes (全文 N 字)</source>
        <translation>周刊公布的字数（全文 N 字）</translation>
    </message>
    <message>
        <source>Line %1, Column %2</source>
        <translation>第 %1 行，第 %2 列</translation>
    </message>
</context>
<context>
    <name>wc::ItemForm</name>
    <message>
        <source>Number:</source>
        <translation>编号：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>Link text, e.g. 中文标题---English title</source>
        <translation>链接文字，例如 中文标题---English title</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>链接(&amp;U)：</translation>
    </message>
    <message>
        <source>After the lin&amp;k:</source>
        <translation>链接后缀(&amp;K)：</translation>
    </message>
    <message>
        <source>e.g. (英)</source>
        <translation>例如 (英)</translation>
    </message>
    <message>
        <source>What the link is about, in Markdown</source>
        <translation>介绍这个链接的内容（Markdown）</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Image URL:</source>
        <translation>图片地址(&amp;I)：</translation>
    </message>
    <message>
        <source>Image &amp;alt text:</source>
        <translation>图片说明(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Stars:</source>
        <translation>星标数(&amp;S)：</translation>
    </message>
    <message>
        <source>e.g. 18.5K</source>
        <translation>例如 18.5K</translation>
    </message>
    <message>
        <source>&amp;Contributor:</source>
        <translation>投稿人(&amp;C)：</translation>
    </message>
    <message>
        <source>name, without @</source>
        <translation>名字，不带 @</translation>
    </message>
    <message>
        <source>The item has no link.</source>
        <translation>这个条目没有链接。</translation>
    </message>
    <message>
        <source>Not a valid http(s) address.</source>
        <translation>不是有效的 http(s) 地址。</translation>
    </message>
    <message>
        <source>Not an image address: use an http(s) address or a picture file beside the issue (.png, .jpg, .gif, .webp, .svg).</source>
        <translation>不是图片地址：请填写 http(s) 地址，或与本期文件同目录的图片文件（.png、.jpg、.gif、.webp、.svg）。</translation>
    </message>
    <message>
        <source>Not a star count (e.g. 748, 2K, 8.9K).</source>
        <translation>不是星标数（例如 748、2K、8.9K）。</translation>
    </message>
    <message>
        <source>Brackets must pair up inside a note: not written.</source>
        <translation>注释中的括号必须成对：未写入。</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>链接</translation>
    </message>
    <message>
        <source>Image URL</source>
        <translation>图片地址</translation>
    </message>
    <message>
        <source>Stars</source>
        <translation>星标数</translation>
    </message>
    <message>
        <source>Contributor</source>
        <translation>投稿人</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The last item of a summary list is one line: what follows it is the section's footer, so it has no description or image.</source>
        <translation>摘要列表的最后一项只有一行：其后是本分类的结尾，所以它没有描述或图片。</translation>
    </message>
    <message>
        <source>E&amp;nglish:</source>
        <translation>英文(&amp;N)：</translation>
    </message>
    <message>
        <source>The original English title</source>
        <translation>英文原标题</translation>
    </message>
    <message>
        <source>Chinese &amp;title:</source>
        <translation>中文标题(&amp;T)：</translation>
    </message>
    <message>
        <source>The title in Chinese</source>
        <translation>中文标题</translation>
    </message>
</context>
<context>
    <name>wc::LinkFetcher</name>
    <message>
        <source>Not a web address (http or https): %1</source>
        <translation>不是网址（http 或 https）：%1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>The server answered %1 %2.</source>
        <translation>服务器返回 %1 %2。</translation>
    </message>
    <message>
        <source>The server %1 was not found.</source>
        <translation>找不到服务器 %1。</translation>
    </message>
    <message>
        <source>The server refused the connection.</source>
        <translation>服务器拒绝了连接。</translation>
    </message>
    <message numerus="yes">
        <source>No answer within %n second(s).</source>
        <translation>
            <numerusform>%n 秒内没有响应。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>More than %n redirect(s).</source>
        <translation>
            <numerusform>重定向超过 %n 次。</numerusform>
        </translation>
    </message>
    <message>
        <source>The secure connection (TLS) failed.</source>
        <translation>安全连接（TLS）失败。</translation>
    </message>
    <message>
        <source>The page could not be fetched: %1</source>
        <translation>无法获取页面：%1</translation>
    </message>
    <message>
        <source>GitHub's rate limit is reached: the item is kept without stars (a token in Settings raises the limit).</source>
        <translation>GitHub 的请求次数已达上限：条目保留，但没有星标数（在设置中填写令牌可提高上限）。</translation>
    </message>
    <message>
        <source>GitHub has no repository %1.</source>
        <translation>GitHub 上没有仓库 %1。</translation>
    </message>
    <message>
        <source>GitHub's answer could not be read.</source>
        <translation>无法读取 GitHub 的回复。</translation>
    </message>
</context>
<context>
    <name>wc::LinkInbox</name>
    <message>
        <source>Waiting…</source>
        <translation>等待中…</translation>
    </message>
    <message>
        <source>Fetching…</source>
        <translation>正在获取…</translation>
    </message>
</context>
<context>
    <name>wc::LinkIntake</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop fetching the links (Esc in the outline)</source>
        <translation>停止获取链接（在大纲中按 Esc）</translation>
    </message>
    <message>
        <source>Add a section first: items belong to sections.</source>
        <translation>请先添加一个分类：条目必须属于某个分类。</translation>
    </message>
    <message>
        <source>Stopped fetching %1.</source>
        <translation>已停止获取 %1。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message numerus="yes">
        <source>Stopped fetching %n link(s).</source>
        <translation>
            <numerusform>已停止获取 %n 个链接。</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not fetch %1: %2</source>
        <translation>无法获取 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Fetching %n link(s)…</source>
        <translation>
            <numerusform>正在获取 %n 个链接…</numerusform>
        </translation>
    </message>
    <message>
        <source>This link could not be fetched: %1</source>
        <translation>无法获取此链接：%1</translation>
    </message>
</context>
<context>
    <name>wc::LinkIntakeDelegate</name>
    <message>
        <source>Fetching this link… (Esc or ✕ stops it)</source>
        <translation>正在获取此链接…（按 Esc 或 ✕ 停止）</translation>
    </message>
    <message>
        <source>This link could not be fetched: %1</source>
        <translation>无法获取此链接：%1</translation>
    </message>
</context>
<context>
    <name>wc::LiveStatistics</name>
    <message>
        <source>Articles</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Audio &amp; video</source>
        <translation>音视频</translation>
    </message>
    <message>
        <source>Discussions</source>
        <translation>讨论</translation>
    </message>
    <message>
        <source>Past issues</source>
        <translation>往期</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>wc::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New Issue</source>
        <translation>新建一期(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Close Window</source>
        <translation>关闭窗口(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Issue</source>
        <translation>本期(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Add Item</source>
        <translation>添加条目(&amp;A)</translation>
    </message>
    <message>
        <source>D&amp;uplicate Item</source>
        <translation>复制条目(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Delete Item</source>
        <translation>删除条目(&amp;D)</translation>
    </message>
    <message>
        <source>Add &amp;Section</source>
        <translation>添加分类(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Rename Section</source>
        <translation>重命名分类(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Weekly Composer</source>
        <translation>关于 Weekly Composer(&amp;A)</translation>
    </message>
    <message>
        <source>About Weekly Composer</source>
        <translation>关于 Weekly Composer</translation>
    </message>
    <message>
        <source>&lt;b&gt;Weekly Composer&lt;/b&gt; %1&lt;br&gt;An editor for composing newsletter issues in Markdown.</source>
        <translation>&lt;b&gt;Weekly Composer&lt;/b&gt; %1&lt;br&gt;用 Markdown 编写周刊的编辑器。</translation>
    </message>
    <message>
        <source>%1[*] — Weekly Composer</source>
        <translation>%1[*] — Weekly Composer</translation>
    </message>
    <message>
        <source>Weekly Composer</source>
        <translation>Weekly Composer</translation>
    </message>
    <message>
        <source>Open Issue</source>
        <translation>打开周刊</translation>
    </message>
    <message>
        <source>Markdown (*.md *.markdown);;All files (*)</source>
        <translation>Markdown (*.md *.markdown);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Save Issue As</source>
        <translation>周刊另存为</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them?</source>
        <translation>%1 有未保存的修改。要保存吗？</translation>
    </message>
    <message>
        <source>Reloaded %1: it was changed on disk.</source>
        <translation>已重新载入 %1：它在磁盘上被修改了。</translation>
    </message>
    <message>
        <source>The file changed on disk but cannot be reloaded: %1</source>
        <translation>文件在磁盘上被修改，但无法重新载入：%1</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Go to &amp;Outline</source>
        <translation>转到大纲(&amp;O)</translation>
    </message>
    <message>
        <source>Go to &amp;Form</source>
        <translation>转到表单(&amp;F)</translation>
    </message>
    <message>
        <source>Go to &amp;Source</source>
        <translation>转到源码(&amp;S)</translation>
    </message>
    <message>
        <source>Move Item &amp;Up</source>
        <translation>条目上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move Item Do&amp;wn</source>
        <translation>条目下移(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Move Items to Section…</source>
        <translation>移动条目到分类(&amp;M)…</translation>
    </message>
    <message>
        <source>Move Section U&amp;p</source>
        <translation>分类上移(&amp;P)</translation>
    </message>
    <message>
        <source>Move Section D&amp;own</source>
        <translation>分类下移(&amp;O)</translation>
    </message>
    <message>
        <source>File Changed on Disk</source>
        <translation>文件已在磁盘上修改</translation>
    </message>
    <message>
        <source>%1 was changed on disk since it was opened. Overwrite it with the text in the editor?</source>
        <translation>%1 在打开之后已在磁盘上被修改。要用编辑器中的内容覆盖它吗？</translation>
    </message>
    <message>
        <source>%1 was changed on disk, and you have unsaved changes here.</source>
        <translation>%1 已在磁盘上被修改，而这里有未保存的修改。</translation>
    </message>
    <message>
        <source>Reload from Disk</source>
        <translation>从磁盘重新载入</translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation>保留我的版本</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>比较…</translation>
    </message>
    <message>
        <source>%1 was deleted or renamed on disk. The text is still here: save it to write the file again.</source>
        <translation>%1 已在磁盘上被删除或重命名。内容仍在这里：保存即可重新写入文件。</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>忽略</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;HTML…</source>
        <translation>&amp;HTML…</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>已导出 %1</translation>
    </message>
    <message>
        <source>Copy as &amp;HTML</source>
        <translation>复制为 &amp;HTML</translation>
    </message>
    <message>
        <source>The issue is on the clipboard as HTML.</source>
        <translation>本期内容已作为 HTML 复制到剪贴板。</translation>
    </message>
    <message>
        <source>Cannot write the recovery copy: %1. Your unsaved changes are not protected against a crash; the last good copy is kept.</source>
        <translation>无法写入恢复副本：%1。未保存的修改在崩溃时没有保护；上一份完好的副本仍然保留。</translation>
    </message>
    <message>
        <source>Filter the O&amp;utline</source>
        <translation>过滤大纲(&amp;U)</translation>
    </message>
    <message>
        <source>Export HTML</source>
        <translation>导出 HTML</translation>
    </message>
    <message>
        <source>&amp;Toolbar</source>
        <translation>工具栏(&amp;T)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>剪切(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>R&amp;eplace…</source>
        <translation>替换(&amp;E)…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>查找下一个(&amp;N)</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>查找上一个(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Newsletter…</source>
        <translation>周刊配置(&amp;N)…</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>收件箱</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>统计</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>发布</translation>
    </message>
    <message>
        <source>Copy for &amp;WeChat</source>
        <translation>复制为微信格式(&amp;W)</translation>
    </message>
    <message>
        <source>The issue is on the clipboard for WeChat's editor.</source>
        <translation>本期已复制到剪贴板，可粘贴到微信编辑器。</translation>
    </message>
    <message>
        <source>Side &amp;Panes</source>
        <translation>侧边面板(&amp;P)</translation>
    </message>
    <message>
        <source>Insert &amp;Entry into README…</source>
        <translation>将条目插入 README(&amp;E)…</translation>
    </message>
    <message>
        <source>Refresh S&amp;tars</source>
        <translation>刷新星标数(&amp;T)</translation>
    </message>
</context>
<context>
    <name>wc::NewIssueFlow</name>
    <message>
        <source>New Issue</source>
        <translation>新建一期</translation>
    </message>
    <message>
        <source>The next issue cannot be made: the newsletter's latest issue, %1, cannot be read. %2</source>
        <translation>无法生成下一期：无法读取周刊的最新一期 %1。%2</translation>
    </message>
    <message>
        <source>The next issue cannot be made from %1. %2</source>
        <translation>无法根据 %1 生成下一期。%2</translation>
    </message>
    <message>
        <source>%1, line %2: %3 (the defaults are used).</source>
        <translation>%1 第 %2 行：%3（已改用默认设置）。</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>忽略</translation>
    </message>
    <message>
        <source>Issue #%1, made from %2.</source>
        <translation>已根据 %2 生成第 %1 期。</translation>
    </message>
</context>
<context>
    <name>wc::NewsletterDialog</name>
    <message>
        <source>Newsletter Profile</source>
        <translation>周刊配置</translation>
    </message>
    <message>
        <source>This newsletter has no profile yet: the form shows the defaults (%1). OK creates %2.</source>
        <translation>这份周刊还没有配置文件：表单中是默认值（%1）。按“确定”将创建 %2。</translation>
    </message>
    <message>
        <source>The form shows the defaults; OK replaces the file with them and your changes.</source>
        <translation>表单中是默认值；按“确定”将用它们和你的修改替换该文件。</translation>
    </message>
    <message>
        <source>The profile of the issues in this folder: %1</source>
        <translation>此文件夹中各期使用的配置：%1</translation>
    </message>
    <message>
        <source>The newsletter profile lives in the folder of the issue. Save the issue first, then edit its newsletter's profile.</source>
        <translation>周刊配置保存在期刊所在的文件夹中。请先保存本期，再编辑其周刊配置。</translation>
    </message>
    <message>
        <source>%1 has problems. Replace its text with the profile in the form?</source>
        <translation>%1 有错误。要用表单中的配置替换它的内容吗？</translation>
    </message>
    <message>
        <source>Create %1 with the profile in the form?</source>
        <translation>要用表单中的配置创建 %1 吗？</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>wc::NewsletterProfile</name>
    <message>
        <source>the profile must be a mapping of keys to values</source>
        <translation>配置必须是键到值的映射</translation>
    </message>
    <message>
        <source>unknown key “%1”</source>
        <translation>未知的键“%1”</translation>
    </message>
    <message>
        <source>expected a single value</source>
        <translation>这里应为单个值</translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation>这里应为列表</translation>
    </message>
    <message>
        <source>interval-days must be a whole number of days, 1 or more</source>
        <translation>interval-days 必须是不小于 1 的整数天数</translation>
    </message>
    <message>
        <source>sections must be a list of {kind, match, unit}</source>
        <translation>sections 必须是 {kind, match, unit} 的列表</translation>
    </message>
    <message>
        <source>a section rule must be a mapping with kind and match</source>
        <translation>栏目规则必须是包含 kind 和 match 的映射</translation>
    </message>
    <message>
        <source>unknown section kind “%1”: use articles, projects, media, discussions, past-issues or other</source>
        <translation>未知的栏目类型“%1”：可用 articles、projects、media、discussions、past-issues 或 other</translation>
    </message>
    <message>
        <source>unknown key “%1” in a section rule</source>
        <translation>栏目规则中有未知的键“%1”</translation>
    </message>
    <message>
        <source>past-issues must be a mapping with heading and offsets</source>
        <translation>past-issues 必须是包含 heading 和 offsets 的映射</translation>
    </message>
    <message>
        <source>offsets must be a list of whole numbers</source>
        <translation>offsets 必须是整数列表</translation>
    </message>
    <message>
        <source>unknown key “%1” in past-issues</source>
        <translation>past-issues 中有未知的键“%1”</translation>
    </message>
    <message>
        <source>english-headings must map each heading to its English heading</source>
        <translation>english-headings 必须把每个标题映射到其英文标题</translation>
    </message>
    <message>
        <source>texts must map each name to its text</source>
        <translation>texts 必须把每个名称映射到其文本</translation>
    </message>
    <message>
        <source>invalid YAML: %1</source>
        <translation>YAML 无效：%1</translation>
    </message>
    <message>
        <source>cannot read the profile: %1</source>
        <translation>无法读取配置：%1</translation>
    </message>
    <message>
        <source>an empty entry would match every line</source>
        <translation>空的一项会匹配每一行</translation>
    </message>
</context>
<context>
    <name>wc::NextIssue</name>
    <message>
        <source>Issue #%1 is not in the archive: its past-issues link is left out.</source>
        <translation>第 %1 期不在归档中：省略了它的往期回顾链接。</translation>
    </message>
    <message>
        <source>The last issue has no issue number (#N in its title) or no date, so the next one cannot be made from it.</source>
        <translation>上一期没有期号（标题中的 #N）或没有日期，无法据此生成下一期。</translation>
    </message>
</context>
<context>
    <name>wc::OutlineFilter</name>
    <message>
        <source>Filter items (title, URL, description)</source>
        <translation>过滤条目（标题、链接、描述）</translation>
    </message>
</context>
<context>
    <name>wc::OutlineModel</name>
    <message>
        <source>no link</source>
        <translation>没有链接</translation>
    </message>
    <message>
        <source>empty description</source>
        <translation>描述为空</translation>
    </message>
    <message>
        <source>duplicate number %1</source>
        <translation>编号 %1 重复</translation>
    </message>
    <message>
        <source>Problems: %1</source>
        <translation>问题：%1</translation>
    </message>
    <message>
        <source>Front matter</source>
        <translation>文件头信息</translation>
    </message>
    <message>
        <source>Preamble</source>
        <translation>导语</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n)</source>
        <translation>
            <numerusform>%1 (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>第 %1 行</translation>
    </message>
</context>
<context>
    <name>wc::PreambleForm</name>
    <message>
        <source>&amp;Preamble (Markdown):</source>
        <translation>导语(&amp;P)（Markdown）：</translation>
    </message>
</context>
<context>
    <name>wc::PreviewEditionMenu</name>
    <message>
        <source>Preview &amp;Edition</source>
        <translation>预览版本(&amp;E)</translation>
    </message>
    <message>
        <source>As &amp;Written</source>
        <translation>原文(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Chinese Edition (中文)</source>
        <translation>中文版(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;English Edition</source>
        <translation>英文版(&amp;E)</translation>
    </message>
</context>
<context>
    <name>wc::PreviewSettingsWidget</name>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Default (for readers)</source>
        <translation>默认（面向读者）</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Preview t&amp;heme:</source>
        <translation>预览主题(&amp;H)：</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>A CSS file applied after the theme, in the preview and in HTML exports.</source>
        <translation>在主题之后应用的 CSS 文件，用于预览和 HTML 导出。</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Style sheet:</source>
        <translation>样式表(&amp;S)：</translation>
    </message>
    <message>
        <source>Preview Style Sheet</source>
        <translation>预览样式表</translation>
    </message>
    <message>
        <source>CSS style sheets (*.css);;All files (*)</source>
        <translation>CSS 样式表 (*.css);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>wc::ProfileForm</name>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>下移(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Issues</source>
        <translation>期刊(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Sections</source>
        <translation>栏目(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Past Issues</source>
        <translation>往期(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;English Headings</source>
        <translation>英文标题(&amp;E)</translation>
    </message>
    <message>
        <source>Fixed &amp;Texts</source>
        <translation>固定文本(&amp;T)</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>{date} is the issue's date (YYYY-MM-DD), {number} its number</source>
        <translation>{date} 是本期日期（YYYY-MM-DD），{number} 是期号</translation>
    </message>
    <message>
        <source>{number} is the issue's number, {topic} its topic</source>
        <translation>{number} 是期号，{topic} 是本期主题</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Issue &amp;file name:</source>
        <translation>文件名(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;English title:</source>
        <translation>英文标题(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Interval between issues:</source>
        <translation>出刊间隔(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Project name separator:</source>
        <translation>项目名分隔符(&amp;P)：</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Heading contains</source>
        <translation>标题包含</translation>
    </message>
    <message>
        <source>Stats unit</source>
        <translation>统计单位</translation>
    </message>
    <message>
        <source>Other units</source>
        <translation>其他单位</translation>
    </message>
    <message>
        <source>English unit</source>
        <translation>英文单位</translation>
    </message>
    <message>
        <source>A heading counts as the kind of the first row whose words it contains (spaces and case ignored); separate words with commas</source>
        <translation>栏目标题归入第一个其词语出现在标题中的行的类别（忽略空格和大小写）；多个词语用逗号分隔</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Audio &amp; video</source>
        <translation>音视频</translation>
    </message>
    <message>
        <source>Discussions</source>
        <translation>讨论</translation>
    </message>
    <message>
        <source>Past issues</source>
        <translation>往期回顾</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>The past-issues section of issue N links the issues N − k for each k: 50, 100</source>
        <translation>第 N 期的往期回顾栏目链接到第 N − k 期（每个 k 一期）：50, 100</translation>
    </message>
    <message>
        <source>&amp;Heading:</source>
        <translation>栏目标题(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Offsets:</source>
        <translation>间隔期数(&amp;O)：</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>栏目标题</translation>
    </message>
    <message>
        <source>English heading</source>
        <translation>英文标题</translation>
    </message>
    <message>
        <source>{number}, {title}, {topic}, {description}, {date}, {file} and the front matter's keys are filled in</source>
        <translation>会填入 {number}、{title}、{topic}、{description}、{date}、{file} 以及前言（front matter）中的各个键</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>New Text</source>
        <translation>新文本</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>The past issues' offsets must be whole numbers, 1 or more: “%1” is not.</source>
        <translation>往期的间隔期数必须是不小于 1 的整数：“%1”不是。</translation>
    </message>
    <message>
        <source>Parsin&amp;g</source>
        <translation>解析(&amp;G)</translation>
    </message>
    <message>
        <source>A paragraph after a section's items that starts with one of these is the section's footer (sign-off, promotion), not part of its last item. One a line.</source>
        <translation>分类条目之后以其中之一开头的段落是该分类的结尾（落款、推广），不属于最后一个条目。每行一个。</translation>
    </message>
    <message>
        <source>In an issue without ## headings, a bold link line whose label starts with one of these emoji is a section header. Separate them with spaces.</source>
        <translation>在没有 ## 标题的一期中，标签以其中某个表情开头的加粗链接行是分类标题。用空格分隔。</translation>
    </message>
    <message>
        <source>&amp;Footer markers:</source>
        <translation>结尾标记(&amp;F)：</translation>
    </message>
    <message>
        <source>Section e&amp;moji:</source>
        <translation>分类表情(&amp;M)：</translation>
    </message>
</context>
<context>
    <name>wc::PublishPane</name>
    <message>
        <source>Blog summary</source>
        <translation>博客摘要</translation>
    </message>
    <message>
        <source>GitHub summary</source>
        <translation>GitHub 摘要</translation>
    </message>
    <message>
        <source>Telegram caption</source>
        <translation>Telegram 说明文字</translation>
    </message>
    <message>
        <source>README entry</source>
        <translation>README 条目</translation>
    </message>
    <message>
        <source>WeChat (HTML)</source>
        <translation>微信（HTML）</translation>
    </message>
    <message>
        <source>Edition (Markdown)</source>
        <translation>版本（Markdown）</translation>
    </message>
    <message>
        <source>Insert into &amp;README…</source>
        <translation>插入 README(&amp;R)…</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>渠道(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Edition:</source>
        <translation>版本(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>保存(&amp;S)…</translation>
    </message>
    <message>
        <source>⚠ %1 of %2 characters: %3 over Telegram's caption limit. Shorten the titles or the fixed texts.</source>
        <translation>⚠ %1 / %2 字符：超出 Telegram 说明文字上限 %3 个。请缩短标题或固定文本。</translation>
    </message>
    <message>
        <source>%1 of %2 characters (Telegram's caption limit)</source>
        <translation>%1 / %2 字符（Telegram 说明文字上限）</translation>
    </message>
    <message>
        <source>Copied the %1 to the clipboard.</source>
        <translation>已将%1复制到剪贴板。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Save %1</source>
        <translation>保存%1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>⚠ %1 is left empty: the issue's title has no number.</source>
        <translation>⚠ %1 留空了：本期标题里没有期号。</translation>
    </message>
    <message>
        <source>⚠ %1 is left empty: the issue has no title for this edition.</source>
        <translation>⚠ %1 留空了：本期没有这个版本的标题。</translation>
    </message>
    <message>
        <source>⚠ %1 is left empty: the front matter has no description for this edition.</source>
        <translation>⚠ %1 留空了：文件头信息里没有这个版本的描述。</translation>
    </message>
    <message>
        <source>⚠ %1 is left empty: the front matter has no date.</source>
        <translation>⚠ %1 留空了：文件头信息里没有日期。</translation>
    </message>
    <message>
        <source>⚠ %1 is left empty: the issue has not been saved to a file yet.</source>
        <translation>⚠ %1 留空了：本期还没有保存为文件。</translation>
    </message>
    <message>
        <source>⚠ %1 is left empty: the front matter has no “%2” key (add it under Other keys of the front matter).</source>
        <translation>⚠ %1 留空了：文件头信息里没有“%2”字段（可在文件头信息的“其他字段”中添加）。</translation>
    </message>
    <message>
        <source>Set %1…</source>
        <translation>设置 %1…</translation>
    </message>
    <message>
        <source>Set %1</source>
        <translation>设置 %1</translation>
    </message>
    <message>
        <source>The value of “%1” in this issue's front matter:</source>
        <translation>本期文件头信息中“%1”的值：</translation>
    </message>
    <message>
        <source>The front matter cannot take “%1” as it is (its YAML is broken, or the key holds a list or several lines): edit it in the source.</source>
        <translation>文件头信息现在无法写入“%1”（其 YAML 有误，或该键的值是列表或多行）：请在源码中编辑。</translation>
    </message>
</context>
<context>
    <name>wc::ReadmeInsertion</name>
    <message>
        <source>Insert Entry into README</source>
        <translation>将条目插入 README</translation>
    </message>
    <message>
        <source>Save the issue first: the README is looked for in its folder.</source>
        <translation>请先保存本期：README 在它所在的文件夹中查找。</translation>
    </message>
    <message>
        <source>The issue has no number (Python 潮流周刊#N in its title), so it has no place in the README's list.</source>
        <translation>本期没有期号（标题中的 Python 潮流周刊#N），无法在 README 的列表中找到位置。</translation>
    </message>
    <message>
        <source>No README.md was found in %1 or the folders above it.</source>
        <translation>在 %1 及其上级文件夹中没有找到 README.md。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text: it is left as it is.</source>
        <translation>%1 不是 UTF-8 文本：保持原样，未作修改。</translation>
    </message>
    <message>
        <source>%1 already lists this issue.</source>
        <translation>%1 已列出本期。</translation>
    </message>
    <message>
        <source>%1: lines marked + are added, lines marked − are replaced. Nothing is written until you choose Insert.</source>
        <translation>%1：标有 + 的行将被添加，标有 − 的行将被替换。选择“插入”之前不会写入任何内容。</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>插入(&amp;I)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Inserted the entry into %1.</source>
        <translation>已将条目插入 %1。</translation>
    </message>
</context>
<context>
    <name>wc::RecentFiles</name>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>没有最近打开的文件</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>清空列表(&amp;C)</translation>
    </message>
</context>
<context>
    <name>wc::RecoveryDialog</name>
    <message>
        <source>%1 — never saved, recovered from %2</source>
        <translation>%1 — 从未保存，恢复自 %2</translation>
    </message>
    <message>
        <source>%1 — recovered from %2; the file no longer exists</source>
        <translation>%1 — 恢复自 %2；文件已不存在</translation>
    </message>
    <message>
        <source>%1 — recovered from %2; the same as the file on disk</source>
        <translation>%1 — 恢复自 %2；与磁盘上的文件相同</translation>
    </message>
    <message>
        <source>Recover Unsaved Work</source>
        <translation>恢复未保存的工作</translation>
    </message>
    <message>
        <source>Weekly Composer did not close normally. These documents had unsaved changes; the checked ones will be restored.</source>
        <translation>Weekly Composer 上次没有正常关闭。这些文档有未保存的修改；勾选的文档将被恢复。</translation>
    </message>
    <message>
        <source>&amp;Restore Checked</source>
        <translation>恢复勾选的文档(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Discard Checked</source>
        <translation>丢弃勾选的文档(&amp;D)</translation>
    </message>
    <message>
        <source>Decide &amp;Later</source>
        <translation>稍后决定(&amp;L)</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>lines %1–%2</source>
        <translation>第 %1–%2 行</translation>
    </message>
    <message>
        <source>%1 — recovered from %2; %3</source>
        <translation>%1 — 恢复自 %2；%3</translation>
    </message>
    <message numerus="yes">
        <source>%1 — recovered from %2; %n line(s) differ from the file on disk (%3)</source>
        <translation>
            <numerusform>%1 — 恢复自 %2；有 %n 行与磁盘上的文件不同（%3）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wc::RecoveryStore</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: the copy does not read back as written</source>
        <translation>%1：副本读回的内容与写入的不一致</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
</context>
<context>
    <name>wc::SectionForm</name>
    <message>
        <source>Heading:</source>
        <translation>标题类型：</translation>
    </message>
    <message>
        <source>e.g. 🦄文章&amp;教程</source>
        <translation>例如 🦄文章&amp;教程</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>名称(&amp;L)：</translation>
    </message>
    <message>
        <source>optional, e.g. https://weekly.pythoncat.top</source>
        <translation>可选，例如 https://weekly.pythoncat.top</translation>
    </message>
    <message>
        <source>Heading &amp;link:</source>
        <translation>标题链接(&amp;L)：</translation>
    </message>
    <message>
        <source>Bold link line (summary issue)</source>
        <translation>加粗链接行（摘要期）</translation>
    </message>
    <message>
        <source>Subsection (###)</source>
        <translation>子分类（###）</translation>
    </message>
    <message>
        <source>Section (##)</source>
        <translation>分类（##）</translation>
    </message>
</context>
<context>
    <name>wc::Settings</name>
    <message>
        <source>Cannot read the preview style sheet %1: %2</source>
        <translation>无法读取预览样式表 %1：%2</translation>
    </message>
    <message>
        <source>The preview style sheet %1 is larger than 1 MB.</source>
        <translation>预览样式表 %1 超过 1 MB。</translation>
    </message>
</context>
<context>
    <name>wc::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>跟随系统语言</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The new language applies the next time Weekly Composer starts.</source>
        <translation>新的语言将在下次启动 Weekly Composer 时生效。</translation>
    </message>
    <message>
        <source>&amp;Update the statistics when saving</source>
        <translation>保存时更新统计(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;GitHub API:</source>
        <translation>GitHub &amp;API：</translation>
    </message>
    <message>
        <source>optional: raises the rate limit</source>
        <translation>可选：提高请求次数上限</translation>
    </message>
    <message>
        <source>GitHub &amp;token:</source>
        <translation>GitHub 令牌(&amp;T)：</translation>
    </message>
    <message>
        <source>Before each save, rewrite the numbers of the stats line and of the description from the counts</source>
        <translation>每次保存前，按统计结果改写统计行和描述中的数字</translation>
    </message>
</context>
<context>
    <name>wc::SourceEditor</name>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
</context>
<context>
    <name>wc::StarRefresh</name>
    <message>
        <source>No GitHub repository with a star count in this issue.</source>
        <translation>本期没有带星标数的 GitHub 仓库。</translation>
    </message>
    <message>
        <source>Reading the star counts from GitHub…</source>
        <translation>正在从 GitHub 读取星标数…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Refresh Stars</source>
        <translation>刷新星标数</translation>
    </message>
    <message>
        <source>Refresh Stars was cancelled: nothing was changed.</source>
        <translation>已取消刷新星标数：没有任何改动。</translation>
    </message>
    <message>
        <source>GitHub gave no star count.</source>
        <translation>GitHub 没有给出星标数。</translation>
    </message>
    <message>
        <source>the item was changed meanwhile</source>
        <translation>条目在此期间被改动了</translation>
    </message>
    <message numerus="yes">
        <source>Refreshed the stars: %n number(s) changed</source>
        <translation>
            <numerusform>已刷新星标数：%n 个数字有变化</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n could not be read (%1)</source>
        <translation>
            <numerusform>；%n 个无法读取（%1）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wc::StatisticsPane</name>
    <message>
        <source>Items:</source>
        <translation>条目：</translation>
    </message>
    <message>
        <source>Words:</source>
        <translation>字数：</translation>
    </message>
    <message>
        <source>Stats line:</source>
        <translation>统计行：</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>The issue has no stats line (本期分享了 … 全文 N 字).</source>
        <translation>本期没有统计行（本期分享了 … 全文 N 字）。</translation>
    </message>
    <message>
        <source>Its numbers agree with the counts.</source>
        <translation>其中的数字与统计一致。</translation>
    </message>
    <message>
        <source>Its numbers differ from the counts: Update Statistics rewrites them.</source>
        <translation>其中的数字与统计不符：“更新统计”会改写它们。</translation>
    </message>
</context>
<context>
    <name>wc::StatisticsUpdater</name>
    <message>
        <source>Update S&amp;tatistics</source>
        <translation>更新统计(&amp;T)</translation>
    </message>
    <message>
        <source>Rewrite the numbers of the stats line and of the description from the items and the word count</source>
        <translation>按条目数和字数改写统计行和描述中的数字</translation>
    </message>
    <message>
        <source>The stats line and the description now give the counted numbers.</source>
        <translation>统计行和描述现在是统计出的数字。</translation>
    </message>
    <message>
        <source>The issue has no stats line to update.</source>
        <translation>本期没有可更新的统计行。</translation>
    </message>
    <message>
        <source>The statistics are up to date.</source>
        <translation>统计已是最新。</translation>
    </message>
</context>
<context>
    <name>wc::ViewActions</name>
    <message>
        <source>&amp;Outline</source>
        <translation>大纲(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Form</source>
        <translation>表单(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>源码(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>预览(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Write (Outline, Form, Preview)</source>
        <translation>写作(&amp;W)（大纲、表单、预览）</translation>
    </message>
    <message>
        <source>P&amp;roofread (Source, Preview)</source>
        <translation>校对(&amp;R)（源码、预览）</translation>
    </message>
    <message>
        <source>&amp;All Panes</source>
        <translation>全部窗格(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Next Layout</source>
        <translation>下一个布局(&amp;N)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation>恢复缩放(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Panes</source>
        <translation>窗格(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Layout</source>
        <translation>布局(&amp;L)</translation>
    </message>
</context>
<context>
    <name>wc::WindowProfile</name>
    <message>
        <source>Edit Profile…</source>
        <translation>编辑配置…</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1，第 %2 行：%3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The newsletter profile is not used: the defaults are in force until it is fixed.</source>
        <translation>未使用该周刊配置：修正之前使用默认值。</translation>
    </message>
</context>
</TS>