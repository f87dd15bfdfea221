// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>

namespace wc {

// The word count Python 潮流周刊 publishes as `全文 N 字`, computed as its own script does:
// every span from a `---` to the next `---` removed (the front matter with it), each link
// `[text](url)` replaced by its text, the characters # * ` > deleted, then the tokens of
// jieba.lcut() that are not blank counted. The number inside `全文 N 字` is left out first, so
// the count does not depend on itself.
qsizetype publishedWordCount(QStringView text);

// The text that is segmented: `text` after the rule's removals (exposed for tests).
QString wordCountText(QStringView text);

} // namespace wc
