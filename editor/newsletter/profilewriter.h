// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "filewriter.h"
#include "newsletterprofile.h"

#include <QByteArray>

namespace wc {

// Writing an edited profile back into weekly-composer.yaml, as little changed as yaml-cpp
// allows. yaml-cpp reads no comments, so the file is not re-emitted as a whole: each top-level
// key whose value did not change keeps its lines byte for byte (comments inside and beside it
// included), the comment and blank lines between keys stay, the keys keep their order; a key
// whose value changed is written anew by yaml-cpp's emitter in its place (comments inside that
// value are lost); a key the file lacked is appended when its value differs from the default.
// A file that cannot be edited in place (it has problems, or is one flow mapping `{…}`) is
// replaced by the whole profile.
struct ProfileWrite {
    QByteArray yaml;
    bool inPlace = false; // false: the whole profile was written
};

ProfileWrite updatedProfileYaml(const QByteArray &original, const NewsletterProfile &edited);

// Writes `edited` to `path` through FileWriter: into the existing file as above, or the whole
// profile into a new one.
FileWriter::Result saveProfile(const QString &path, const NewsletterProfile &edited);

} // namespace wc
