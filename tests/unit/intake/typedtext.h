#pragma once

#include <QString>

// What draftwriter "types", shared with the test that kills it: the first `length` characters of
// one fixed sequence, so any saved value can be checked to be exactly a prefix of what was typed.
// Hanzi, full-width punctuation and ASCII, so a torn UTF-8 sequence would show.
namespace OneWindow::Test {

inline QString typedText(qsizetype length)
{
    using namespace Qt::StringLiterals;
    static const QString keys = u"申请人住所北京市朝阳区建国路88号院3单元，联系电话010-6512abcXYZ。"_s;
    QString text;
    text.reserve(length);
    for (qsizetype i = 0; i < length; ++i)
        text.append(keys.at((i * 7 + i / keys.size()) % keys.size()));
    return text;
}

} // namespace OneWindow::Test
