#pragma once

#include "issuedocument.h"

namespace wc {

// A human-readable outline: title, then each section with its items, one per line.
QString outlineText(const IssueDocument &document);

} // namespace wc
