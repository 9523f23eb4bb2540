#include "phonenumber.h"

#include "inputfolding.h"
#include "text.h"

using namespace Qt::StringLiterals;

namespace OneWindow::Validation {

namespace {

constexpr int mobileLength = 11;
constexpr int maxExtensionLength = 6;
// Words that start an extension, after folding (so a full-width ＃ is '#'). Longest first.
constexpr QStringView extensionMarkers[] = { u"分机", u"ext.", u"ext", u"转", u"x", u"#", u"," };

bool isSeparator(QChar c)
{
    return c.isSpace() || c == u'-' || c == u'(' || c == u')' || c == u'.';
}

/// Where an extension marker starts at `text[from]`, as the marker's length, or 0.
qsizetype markerAt(QStringView text, qsizetype from)
{
    for (const QStringView marker : extensionMarkers) {
        if (text.mid(from).startsWith(marker, Qt::CaseInsensitive))
            return marker.size();
    }
    return 0;
}

void fail(PhoneCheck &result, const QString &code, const QString &message)
{
    result.errors.append(makeError(code, message));
}

/// Splits `digits` (starting with 0) into area code and subscriber and checks both.
bool parseLandline(PhoneCheck &result, const QString &digits, bool report)
{
    const QChar second = digits.size() > 1 ? digits[1] : QChar(u'?');
    const int areaLength = second == u'1' || second == u'2' ? 3 : 4;
    if ((second == u'1' && !digits.startsWith(u"010")) || !Internal::isAsciiDigit(second) || second == u'0') {
        if (report)
            //: %1 is the first digits entered
            fail(result, u"phone.area_code"_s,
                 Text::tr("%1 is not the start of an area code: area codes are 010, 02X, or 0 and three digits "
                          "from 0300 up.")
                     .arg(digits.left(3)));
        return false;
    }
    const QString area = digits.left(areaLength);
    const QString local = digits.mid(areaLength);
    const bool lengthOk = areaLength == 3 ? local.size() == 8 : local.size() == 7 || local.size() == 8;
    if (!lengthOk && report && areaLength == 3) {
        //: %1 is an area code, %2 the number of digits entered after it
        fail(result, u"phone.landline_length"_s,
             Text::tr("After the area code %1 a landline number has 8 digits; this has %2.")
                 .arg(area)
                 .arg(local.size()));
    } else if (!lengthOk && report) {
        //: %1 is an area code, %2 the number of digits entered after it
        fail(result, u"phone.landline_length"_s,
             Text::tr("After the area code %1 a landline number has 7 or 8 digits; this has %2.")
                 .arg(area)
                 .arg(local.size()));
    }
    if (!lengthOk)
        return false;
    // A 0 here is a doubled trunk prefix. Real local numbers start with 2–9, but 1 is let through:
    // examples and forms use 020-12345678, and refusing it would catch no typing error.
    if (local[0] == u'0') {
        if (report)
            //: %1 is an area code, %2 the digit that follows it
            fail(result, u"phone.landline_start"_s,
                 Text::tr("A landline number does not start with %2 after the area code %1.").arg(area, local.left(1)));
        return false;
    }
    result.kind = PhoneKind::Landline;
    result.areaCode = area;
    result.subscriber = local;
    return true;
}

} // namespace

PhoneCheck PhoneValidator::check(QStringView input)
{
    PhoneCheck result;
    const QString text = Internal::foldWidth(input).trimmed();
    result.normalized = text;
    if (text.isEmpty()) {
        fail(result, u"phone.empty"_s, Text::tr("Enter a phone number."));
        return result;
    }
    QString digits;
    QString lastGroup; // digits after the last '-', a possible extension
    bool international = false;
    qsizetype end = text.size();
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (Internal::isAsciiDigit(c)) {
            digits.append(c);
            lastGroup.append(c);
        } else if (c == u'+' && digits.isEmpty() && !international) {
            international = true;
        } else if (isSeparator(c)) {
            if (c == u'-')
                lastGroup.clear();
        } else if (const qsizetype marker = markerAt(text, i); marker > 0 && !digits.isEmpty()) {
            end = i;
            result.extension = text.mid(i + marker).trimmed();
            break;
        } else {
            //: %1 is the character that was found
            fail(result, u"phone.character"_s, Text::tr("\"%1\" cannot be part of a phone number.").arg(c));
            return result;
        }
    }
    if (lastGroup.size() == digits.size() || end < text.size())
        lastGroup.clear(); // no '-' at all, or an explicit extension already
    for (const QChar c : std::as_const(result.extension)) {
        if (!Internal::isAsciiDigit(c) || result.extension.size() > maxExtensionLength) {
            //: %1 is the extension as entered
            fail(result, u"phone.extension"_s,
                 Text::tr("The extension \"%1\" should be 1 to 6 digits.").arg(result.extension));
            return result;
        }
    }

    // The country code: +86, 0086, or 86 written before a full national number.
    if (international && !digits.startsWith(u"86"))
        digits.clear();
    else if (international)
        digits.remove(0, 2);
    else if (digits.startsWith(u"0086"))
        digits.remove(0, 4);
    else if (digits.startsWith(u"00"))
        digits.clear();
    else if (digits.startsWith(u"86") && digits.size() >= 11 && digits[2] != u'0') {
        digits.remove(0, 2);
        international = true;
    }
    if (digits.isEmpty()) {
        fail(result, u"phone.foreign"_s, Text::tr("Only mainland China numbers (+86) can be entered here."));
        return result;
    }
    if (international && digits[0] != u'0' && digits[0] != u'1')
        digits.prepend(u'0'); // +86 20 1234 5678 is 020-12345678

    if (digits[0] == u'1') {
        if (!result.extension.isEmpty() || (!lastGroup.isEmpty() && digits.size() > mobileLength)) {
            fail(result, u"phone.mobile_extension"_s, Text::tr("A mobile number has no extension."));
        } else if (digits.size() != mobileLength) {
            //: %1 is the number of digits entered
            fail(result, u"phone.mobile_length"_s,
                 Text::tr("A mobile number has 11 digits; this has %1.").arg(digits.size()));
        } else if (digits[1] < u'3') {
            //: %1 is the first two digits entered
            fail(result, u"phone.mobile_prefix"_s,
                 Text::tr("A mobile number starts with 13 to 19; this starts with %1.").arg(digits.left(2)));
        } else {
            result.kind = PhoneKind::Mobile;
            result.subscriber = digits;
            result.normalized = digits;
        }
        return result;
    }
    if (digits[0] != u'0') {
        if ((digits.startsWith(u"400") || digits.startsWith(u"800")) && digits.size() == 10)
            fail(result, u"phone.service"_s,
                 Text::tr("400 and 800 numbers are company hotlines: enter the person's own mobile or landline "
                          "number."));
        else
            fail(result, u"phone.area_code_missing"_s,
                 Text::tr("Add the area code in front of the number, e.g. 020-12345678."));
        return result;
    }
    // "020-12345678-801": a last hyphen group that completes a valid number is an extension.
    if (!lastGroup.isEmpty() && lastGroup.size() <= maxExtensionLength && !parseLandline(result, digits, false)
        && parseLandline(result, digits.chopped(lastGroup.size()), false)) {
        result.extension = lastGroup;
    } else if (!parseLandline(result, digits, true)) {
        return result;
    }
    result.normalized = result.areaCode + u'-' + result.subscriber
        + (result.extension.isEmpty() ? QString() : u'-' + result.extension);
    return result;
}

} // namespace OneWindow::Validation
