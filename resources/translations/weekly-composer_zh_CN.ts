<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
        <source>Cannot write the recovery copy: %1</source>
        <translation>无法写入恢复副本：%1</translation>
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
    <name>wc::PreviewSettings</name>
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
        <source>%1 — recovered from %2; %3 differ from the file on disk</source>
        <translation>%1 — 恢复自 %2；%3 与磁盘上的文件不同</translation>
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
</context>
</TS>
