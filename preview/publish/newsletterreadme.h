// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace wc {

// The README that lists the newsletter's past issues, for the issue at `issuePath`: the
// nearest README.md in the issue's folder or above it. With a profile (`profilePath`, the
// weekly-composer.yaml found for the issue) the search stops at the profile's folder, the
// newsletter's root; without one it looks in the issue's folder and its parent only (the
// `docs/` layout the README entry's `./docs/{file}` link assumes), never wandering up into
// unrelated folders. Empty when there is none.
QString findNewsletterReadme(const QString &issuePath, const QString &profilePath = {});

} // namespace wc
