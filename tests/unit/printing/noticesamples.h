#pragma once

#include <QString>

#include "printing/noticedata.h"

namespace OneWindow::Test {

/// The full ID number the samples start from. Printing must never see it: samples hold it masked.
QString sampleFullId();
/// Masks an ID number the way notices show it (first 6 and last 4 kept). A local helper on
/// purpose: the test must not depend on the masking code it is checking against.
QString maskIdForTest(const QString &fullId);

/// A realistic case for each kind of notice, `materialCount` materials long (the one-time
/// notice marks every third material as missing or incorrect).
Printing::NoticeData sampleNotice(Printing::DocumentKind kind, int materialCount = 4);

} // namespace OneWindow::Test
