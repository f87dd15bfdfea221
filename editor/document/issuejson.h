// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "issuedocument.h"

#include <QByteArray>

namespace wc {

// The `inspect` JSON of an issue (the stable command-line contract, see README). Written by
// hand rather than with QJsonObject so that front-matter keys keep the file's order.
QByteArray issueToJson(const IssueDocument &document);

} // namespace wc
