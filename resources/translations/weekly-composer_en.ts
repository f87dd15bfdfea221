<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>MainToolBar</name>
    <message>
        <source>Main Toolbar</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>wc::AnnouncementDialog</name>
    <message>
        <source>New Issue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>These blocks of %1 follow its stats line and may be one-off announcements. The new issue carries over the checked ones.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Make Issue</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>wc::ArchiveController</name>
    <message>
        <source>Archive</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>wc::ArchivePane</name>
    <message>
        <source>Search all issues</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search the archive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n other item(s)</source>
        <translation>
            <numerusform>%n other item</numerusform>
            <numerusform>%n other items</numerusform>
        </translation>
    </message>
    <message>
        <source>No archive: this issue is not saved in a newsletter folder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading the archive…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n issue(s) in %1</source>
        <translation>
            <numerusform>%n issue in %1</numerusform>
            <numerusform>%n issues in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>#%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 · %2
%3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No item matches “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The first %n matching item(s), newest first.</source>
        <translation>
            <numerusform>The first matching item, newest first.</numerusform>
            <numerusform>The first %n matching items, newest first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n matching item(s), newest first.</source>
        <translation>
            <numerusform>%n matching item, newest first.</numerusform>
            <numerusform>%n matching items, newest first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wc::CheckDismissals</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a dismissals file: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>wc::CheckListModel</name>
    <message>
        <source>Line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (dismissed)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>wc::ChecksController</name>
    <message>
        <source>Checks</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>wc::ChecksPane</name>
    <message>
        <source>&amp;Dismiss</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Open Earlier Issue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show dis&amp;missed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hide this finding for this issue (remembered beside the file)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open the issue that shared this link before</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No findings.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n finding</numerusform>
            <numerusform>%n findings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s), %1 dismissed</source>
        <translation>
            <numerusform>%n finding, %1 dismissed</numerusform>
            <numerusform>%n findings, %1 dismissed</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Go to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Dismiss for This Issue</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>wc::CompareDialog</name>
    <message>
        <source>Compare %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lines marked − are only in the file on disk, lines marked + only in the editor.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Reload from Disk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Keep Mine</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>wc::DocumentManager</name>
    <message>
        <source>Reading the newsletter's archive…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>wc::FileWriter</name>
    <message>
        <source>it is a directory</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>wc::FindBar</name>
    <message>
        <source>Match case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Whole words</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Regular expression</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wrap around</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replace with</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replace &amp;All</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invalid regular expression: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No matches</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 matches</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No more matches below</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No more matches above</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replaced %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>wc::FormPanel</name>
    <message>
        <source>Select a section or an item in the outline.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>wc::FrontMatterForm</name>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Issue &amp;number:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Other keys:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lists and values over several lines are read-only here (their tooltip gives their lines): edit them in the source.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lines %1–%2 of the source: edit this value there.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The English title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E&amp;nglish title:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The English description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>English desc&amp;ription:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chinese &amp;title:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chinese d&amp;escription:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The description is over several lines: see Other keys, and edit it in the source.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>wc::FrontMatterParser</name>
    <message>
        <source>a line does not continue the list of keys</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a "{" is never closed with "}"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a line does not continue the list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a "[" is never closed with "]"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a quoted value is never closed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a ": " where no key can start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a misplaced key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a "- " list item where none can start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a character that cannot start a value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a tab used for indentation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a character not allowed in a value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an alias to an anchor that is not defined</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>invalid YAML in the front matter: the %1 that opens the value of "%2" is not closed on its line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the front matter is not a list of "key: value" lines</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>invalid YAML in the front matter: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>wc::HtmlExportActions</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export as HTML</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>HTML pages (*.html *.htm)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Default (for readers)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>wc::InboxController</name>
    <message>
        <source>%1 It is left as it is: links added now are not saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The inbox cannot be saved to %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select a section in the outline to send the link to.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>wc::InboxFile</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is larger than 16 MB: it is no inbox.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not valid JSON (line %2: %3).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not an inbox of Weekly Composer (no "format": "%2" with "links").</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 was written by a newer Weekly Composer (inbox version %2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: link %2 has no web address ("url": "http…").</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>wc::InboxPane</name>
    <message>
        <source>&amp;Paste Links</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send to &amp;Section</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paste links here (one a line, or any text with links in it) or drop them; drag one into a section of the outline, or press Enter to send it to the selected section.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Adds every link in the clipboard's text (Ctrl+V in the list)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Makes the link an item of the section selected in the outline (Enter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Removes the link from the inbox (Delete)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The clipboard holds no web address (http or https).</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n link(s) added, </source>
        <translation>
            <numerusform>%n link added, </numerusform>
            <numerusform>%n links added, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the inbox or the issue.</source>
        <translation>
            <numerusform>%n already in the inbox or the issue.</numerusform>
            <numerusform>%n already in the inbox or the issue.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) added.</source>
        <translation>
            <numerusform>%n link added.</numerusform>
            <numerusform>%n links added.</numerusform>
        </translation>
    </message>
    <message>
        <source>No links. Paste or drop links here.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n link</numerusform>
            <numerusform>%n links</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · fetching %n…</source>
        <translation>
            <numerusform> · fetching %n…</numerusform>
            <numerusform> · fetching %n…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wc::IssueChecks</name>
    <message>
        <source>Item number %1 appears twice in a row.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Item number %1 where %2 was expected.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The item has no link.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The item has no description.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A GitHub project without a star count.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The project name is followed by an ASCII colon; this newsletter writes “：”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” looks like the bilingual separator “---” mistyped.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Item %1 starts in the middle of a line, after an image: it needs a line of its own.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The stats line says %1 %2, the issue has %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shared before, in %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The link to issue #%1 points to no issue of the archive.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The issue is bilingual, but this title has no English part (“中文---English”).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The English part “%1” is still in Chinese (“%2”).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>wc::IssueEditor</name>
    <message>
        <source>The live preview will appear here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a section first: items belong to sections.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New section</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add Item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Duplicate Item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete Item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move Up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move Down</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move to Section</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rename Section</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move Section Up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move Section Down</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>wc::IssueFile</name>
    <message>
        <source>it is a directory, not a file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it is a FIFO (named pipe), not a file: reading it could wait for ever</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it is a socket, not a file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it is a device, not a file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no such file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it is a loop of symbolic links that never reaches a file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>permission denied</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it is %1 text (it starts with a %1 byte order mark); only UTF-8 is supported: convert it first, e.g. iconv -f %1 -t UTF-8 FILE &gt; NEW.md</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it looks like a binary file (a NUL byte at offset %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it is not valid UTF-8 (byte 0x%1 at offset %2, line %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it is %1 bytes, larger than the %2 bytes (64 MiB) an issue may have</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>wc::IssueParser</name>
    <message>
        <source>the front matter opened on line 1 is never closed with "---"; it is read as the issue's text</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>wc::IssueSession</name>
    <message>
        <source>Untitled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>wc::IssueStatusBar</name>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No items</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Items: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 items: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 words</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The word count the newsletter publishes (全文 N 字)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Line %1, Column %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>wc::ItemForm</name>
    <message>
        <source>Number:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Link text, e.g. 中文标题---English title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>After the lin&amp;k:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. (英)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What the link is about, in Markdown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Image URL:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Image &amp;alt text:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Stars:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. 18.5K</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Contributor:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>name, without @</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The item has no link.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not a valid http(s) address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not an image address: use an http(s) address or a picture file beside the issue (.png, .jpg, .gif, .webp, .svg).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not a star count (e.g. 748, 2K, 8.9K).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Brackets must pair up inside a note: not written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Image URL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stars</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contributor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The last item of a summary list is one line: what follows it is the section's footer, so it has no description or image.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E&amp;nglish:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The original English title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chinese &amp;title:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The title in Chinese</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>wc::LinkFetcher</name>
    <message>
        <source>Not a web address (http or https): %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server answered %1 %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server %1 was not found.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server refused the connection.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>No answer within %n second(s).</source>
        <translation>
            <numerusform>No answer within %n second.</numerusform>
            <numerusform>No answer within %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>More than %n redirect(s).</source>
        <translation>
            <numerusform>More than %n redirect.</numerusform>
            <numerusform>More than %n redirects.</numerusform>
        </translation>
    </message>
    <message>
        <source>The secure connection (TLS) failed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The page could not be fetched: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>GitHub's rate limit is reached: the item is kept without stars (a token in Settings raises the limit).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>GitHub has no repository %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>GitHub's answer could not be read.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>wc::LinkInbox</name>
    <message>
        <source>Waiting…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fetching…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>wc::LinkIntake</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop fetching the links (Esc in the outline)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a section first: items belong to sections.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stopped fetching %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Stopped fetching %n link(s).</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Could not fetch %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Fetching %n link(s)…</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>This link could not be fetched: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>wc::LinkIntakeDelegate</name>
    <message>
        <source>Fetching this link… (Esc or ✕ stops it)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This link could not be fetched: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>wc::LiveStatistics</name>
    <message>
        <source>Articles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Projects</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Audio &amp; video</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Discussions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Past issues</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>wc::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;New Issue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Close Window</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Issue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Add Item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>D&amp;uplicate Item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Delete Item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add &amp;Section</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Rename Section</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;About Weekly Composer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About Weekly Composer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;Weekly Composer&lt;/b&gt; %1&lt;br&gt;An editor for composing newsletter issues in Markdown.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1[*] — Weekly Composer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Weekly Composer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open Issue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Markdown (*.md *.markdown);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save Issue As</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has unsaved changes. Save them?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reloaded %1: it was changed on disk.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file changed on disk but cannot be reloaded: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Go to &amp;Outline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Go to &amp;Form</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Go to &amp;Source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move Item &amp;Up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move Item Do&amp;wn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Move Items to Section…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move Section U&amp;p</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move Section D&amp;own</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>File Changed on Disk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 was changed on disk since it was opened. Overwrite it with the text in the editor?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 was changed on disk, and you have unsaved changes here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reload from Disk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep Mine</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Compare…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 was deleted or renamed on disk. The text is still here: save it to write the file again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;HTML…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exported %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy as &amp;HTML</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The issue is on the clipboard as HTML.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write the recovery copy: %1. Your unsaved changes are not protected against a crash; the last good copy is kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter the O&amp;utline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export HTML</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Toolbar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>R&amp;eplace…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Newsletter…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Inbox</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Statistics</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Publish</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy for &amp;WeChat</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The issue is on the clipboard for WeChat's editor.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Side &amp;Panes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Insert &amp;Entry into README…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refresh S&amp;tars</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>wc::NewIssueFlow</name>
    <message>
        <source>New Issue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The next issue cannot be made: the newsletter's latest issue, %1, cannot be read. %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The next issue cannot be made from %1. %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, line %2: %3 (the defaults are used).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Issue #%1, made from %2.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>wc::NewsletterDialog</name>
    <message>
        <source>Newsletter Profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This newsletter has no profile yet: the form shows the defaults (%1). OK creates %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The form shows the defaults; OK replaces the file with them and your changes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The profile of the issues in this folder: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The newsletter profile lives in the folder of the issue. Save the issue first, then edit its newsletter's profile.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has problems. Replace its text with the profile in the form?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create %1 with the profile in the form?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>wc::NewsletterProfile</name>
    <message>
        <source>the profile must be a mapping of keys to values</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown key “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected a single value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected a list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>interval-days must be a whole number of days, 1 or more</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sections must be a list of {kind, match, unit}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a section rule must be a mapping with kind and match</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown section kind “%1”: use articles, projects, media, discussions, past-issues or other</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown key “%1” in a section rule</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>past-issues must be a mapping with heading and offsets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>offsets must be a list of whole numbers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown key “%1” in past-issues</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>english-headings must map each heading to its English heading</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>texts must map each name to its text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>invalid YAML: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot read the profile: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an empty entry would match every line</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>wc::NextIssue</name>
    <message>
        <source>Issue #%1 is not in the archive: its past-issues link is left out.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The last issue has no issue number (#N in its title) or no date, so the next one cannot be made from it.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>wc::OutlineFilter</name>
    <message>
        <source>Filter items (title, URL, description)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>wc::OutlineModel</name>
    <message>
        <source>no link</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>empty description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>duplicate number %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Problems: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Front matter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Preamble</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 (%n)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>wc::PreambleForm</name>
    <message>
        <source>&amp;Preamble (Markdown):</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>wc::PreviewEditionMenu</name>
    <message>
        <source>Preview &amp;Edition</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>As &amp;Written</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Chinese Edition (中文)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;English Edition</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>wc::PreviewSettingsWidget</name>
    <message>
        <source>Preview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Default (for readers)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Preview t&amp;heme:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A CSS file applied after the theme, in the preview and in HTML exports.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Style sheet:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Preview Style Sheet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSS style sheets (*.css);;All files (*)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>wc::ProfileForm</name>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Issues</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Sections</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Past Issues</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;English Headings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fixed &amp;Texts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{date} is the issue's date (YYYY-MM-DD), {number} its number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{number} is the issue's number, {topic} its topic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Issue &amp;file name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;English title:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Interval between issues:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Project name separator:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Heading contains</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stats unit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Other units</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>English unit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A heading counts as the kind of the first row whose words it contains (spaces and case ignored); separate words with commas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Articles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Projects</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Audio &amp; video</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Discussions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Past issues</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The past-issues section of issue N links the issues N − k for each k: 50, 100</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Heading:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Offsets:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Heading</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>English heading</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{number}, {title}, {topic}, {description}, {date}, {file} and the front matter's keys are filled in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New Text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The past issues' offsets must be whole numbers, 1 or more: “%1” is not.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Parsin&amp;g</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A paragraph after a section's items that starts with one of these is the section's footer (sign-off, promotion), not part of its last item. One a line.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In an issue without ## headings, a bold link line whose label starts with one of these emoji is a section header. Separate them with spaces.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Footer markers:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Section e&amp;moji:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>wc::PublishPane</name>
    <message>
        <source>Blog summary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>GitHub summary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Telegram caption</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>README entry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>WeChat (HTML)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edition (Markdown)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Insert into &amp;README…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chinese</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Edition:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>⚠ %1 of %2 characters: %3 over Telegram's caption limit. Shorten the titles or the fixed texts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of %2 characters (Telegram's caption limit)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copied the %1 to the clipboard.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>⚠ %1 is left empty: the issue's title has no number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>⚠ %1 is left empty: the issue has no title for this edition.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>⚠ %1 is left empty: the front matter has no description for this edition.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>⚠ %1 is left empty: the front matter has no date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>⚠ %1 is left empty: the issue has not been saved to a file yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>⚠ %1 is left empty: the front matter has no “%2” key (add it under Other keys of the front matter).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The value of “%1” in this issue's front matter:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The front matter cannot take “%1” as it is (its YAML is broken, or the key holds a list or several lines): edit it in the source.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>wc::ReadmeInsertion</name>
    <message>
        <source>Insert Entry into README</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the issue first: the README is looked for in its folder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The issue has no number (Python 潮流周刊#N in its title), so it has no place in the README's list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No README.md was found in %1 or the folders above it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not UTF-8 text: it is left as it is.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 already lists this issue.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: lines marked + are added, lines marked − are replaced. Nothing is written until you choose Insert.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Inserted the entry into %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>wc::RecentFiles</name>
    <message>
        <source>&amp;%1 %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No recent files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>wc::RecoveryDialog</name>
    <message>
        <source>%1 — never saved, recovered from %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — recovered from %2; the file no longer exists</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — recovered from %2; the same as the file on disk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recover Unsaved Work</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Weekly Composer did not close normally. These documents had unsaved changes; the checked ones will be restored.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Restore Checked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Discard Checked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Decide &amp;Later</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>line %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>lines %1–%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — recovered from %2; %3</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 — recovered from %2; %n line(s) differ from the file on disk (%3)</source>
        <translation>
            <numerusform>%1 — recovered from %2; %n line differs from the file on disk (%3)</numerusform>
            <numerusform>%1 — recovered from %2; %n lines differ from the file on disk (%3)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wc::RecoveryStore</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: the copy does not read back as written</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>wc::SectionForm</name>
    <message>
        <source>Heading:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. 🦄文章&amp;教程</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>optional, e.g. https://weekly.pythoncat.top</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Heading &amp;link:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bold link line (summary issue)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Subsection (###)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Section (##)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>wc::Settings</name>
    <message>
        <source>Cannot read the preview style sheet %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The preview style sheet %1 is larger than 1 MB.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>wc::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The new language applies the next time Weekly Composer starts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Update the statistics when saving</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;GitHub API:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>optional: raises the rate limit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>GitHub &amp;token:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Before each save, rewrite the numbers of the stats line and of the description from the counts</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>wc::SourceEditor</name>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>wc::StarRefresh</name>
    <message>
        <source>No GitHub repository with a star count in this issue.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading the star counts from GitHub…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refresh Stars</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refresh Stars was cancelled: nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>GitHub gave no star count.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the item was changed meanwhile</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Refreshed the stars: %n number(s) changed</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n could not be read (%1)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
</context>
<context>
    <name>wc::StatisticsPane</name>
    <message>
        <source>Items:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Words:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stats line:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The issue has no stats line (本期分享了 … 全文 N 字).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Its numbers agree with the counts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Its numbers differ from the counts: Update Statistics rewrites them.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>wc::StatisticsUpdater</name>
    <message>
        <source>Update S&amp;tatistics</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rewrite the numbers of the stats line and of the description from the items and the word count</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The stats line and the description now give the counted numbers.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The issue has no stats line to update.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The statistics are up to date.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>wc::ViewActions</name>
    <message>
        <source>&amp;Outline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Form</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Write (Outline, Form, Preview)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>P&amp;roofread (Source, Preview)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;All Panes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Next Layout</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Panes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Layout</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>wc::WindowProfile</name>
    <message>
        <source>Edit Profile…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The newsletter profile is not used: the defaults are in force until it is fixed.</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>