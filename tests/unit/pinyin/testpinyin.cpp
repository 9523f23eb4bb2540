#include <QTest>

#include "pinyin/pinyin.h"

using namespace Qt::StringLiterals;
using namespace OneWindow;

namespace {

/// The one character a test string holds, surrogate pairs included.
char32_t codePointOf(const QString &character)
{
    const QList<uint> codePoints = character.toUcs4();
    return codePoints.size() == 1 ? char32_t(codePoints.front()) : 0;
}

/// Past the last plane that holds ideographs (plane 3).
constexpr char32_t endOfIdeographs = 0x40000;

} // namespace

class TestPinyin : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsEveryModernReading_data();
    void listsEveryModernReading();
    void leavesOutArchaicReadings_data();
    void leavesOutArchaicReadings();
    void putsMostCommonReadingFirst_data();
    void putsMostCommonReadingFirst();
    void givesNoReadingsForNonHanzi_data();
    void givesNoReadingsForNonHanzi();
    void resolvesSupplementaryPlaneCharacters();
    void joinsFirstReadingsWithSpaces_data();
    void joinsFirstReadingsWithSpaces();
    void coversTheCommonCharacters();
    void spellsSyllablesInTonelessLowercase();
};

void TestPinyin::listsEveryModernReading_data()
{
    QTest::addColumn<QString>("character");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("长") << u"长"_s << QStringList { u"chang"_s, u"zhang"_s };
    QTest::newRow("乐") << u"乐"_s << QStringList { u"le"_s, u"yue"_s };
    QTest::newRow("行") << u"行"_s << QStringList { u"hang"_s, u"xing"_s };
    QTest::newRow("重") << u"重"_s << QStringList { u"zhong"_s, u"chong"_s };
    QTest::newRow("还") << u"还"_s << QStringList { u"huan"_s, u"hai"_s };
    QTest::newRow("居") << u"居"_s << QStringList { u"ju"_s };
    QTest::newRow("绿: ü is v") << u"绿"_s << QStringList { u"lv"_s };
    QTest::newRow("女: ü is v") << u"女"_s << QStringList { u"nv"_s };
    QTest::newRow("证") << u"证"_s << QStringList { u"zheng"_s };
}

void TestPinyin::listsEveryModernReading()
{
    QFETCH(QString, character);
    QFETCH(QStringList, expected);
    const QStringList readings = Pinyin::readingStrings(codePointOf(character));
    for (const QString &reading : expected)
        QVERIFY2(readings.contains(reading), qPrintable(QString(reading + u" missing from "_s + readings.join(u','))));
    QStringList unique = readings;
    QCOMPARE(unique.removeDuplicates(), qsizetype(0));
}

void TestPinyin::leavesOutArchaicReadings_data()
{
    QTest::addColumn<QString>("character");
    QTest::addColumn<QString>("archaic");
    // kHanyuPinyin lists these; a search for "ji" must not find 居住证.
    QTest::newRow("还 fú") << u"还"_s << u"fu"_s;
    QTest::newRow("居 jī") << u"居"_s << u"ji"_s;
    QTest::newRow("重 tóng") << u"重"_s << u"tong"_s;
}

void TestPinyin::leavesOutArchaicReadings()
{
    QFETCH(QString, character);
    QFETCH(QString, archaic);
    const QStringList readings = Pinyin::readingStrings(codePointOf(character));
    QVERIFY(!readings.isEmpty());
    QVERIFY2(!readings.contains(archaic), qPrintable(readings.join(u',')));
}

void TestPinyin::putsMostCommonReadingFirst_data()
{
    QTest::addColumn<QString>("character");
    QTest::addColumn<QString>("first");
    QTest::newRow("长") << u"长"_s << u"zhang"_s;
    QTest::newRow("行") << u"行"_s << u"xing"_s;
    QTest::newRow("还") << u"还"_s << u"hai"_s;
    QTest::newRow("重") << u"重"_s << u"zhong"_s;
    QTest::newRow("乐") << u"乐"_s << u"le"_s;
}

void TestPinyin::putsMostCommonReadingFirst()
{
    QFETCH(QString, character);
    QFETCH(QString, first);
    const QStringList readings = Pinyin::readingStrings(codePointOf(character));
    QVERIFY(!readings.isEmpty());
    QCOMPARE(readings.front(), first);
}

void TestPinyin::givesNoReadingsForNonHanzi_data()
{
    QTest::addColumn<uint>("codePoint");
    QTest::newRow("A") << uint(U'A');
    QTest::newRow("1") << uint(U'1');
    QTest::newRow("full-width parenthesis") << uint(U'（');
    QTest::newRow("ideographic space") << uint(0x3000);
    QTest::newRow("ideographic full stop") << uint(U'。');
    QTest::newRow("é") << uint(U'é');
    QTest::newRow("emoji") << uint(0x1F600);
    QTest::newRow("plane 1, low half of 一") << uint(0x14E00);
    QTest::newRow("past Unicode") << uint(0x110000);
    QTest::newRow("far past Unicode") << uint(0xFFFFFFFF);
}

void TestPinyin::givesNoReadingsForNonHanzi()
{
    QFETCH(uint, codePoint);
    QVERIFY(Pinyin::readings(char32_t(codePoint)).empty());
    QVERIFY(Pinyin::readingStrings(char32_t(codePoint)).isEmpty());
}

void TestPinyin::resolvesSupplementaryPlaneCharacters()
{
    // 𫖯 (U+2B5AF) is in the 通用规范汉字表 and turns up in personal names.
    QCOMPARE(uint(codePointOf(u"𫖯"_s)), uint(0x2B5AF));
    QCOMPARE(Pinyin::readingStrings(0x2B5AF), QStringList { u"fu"_s });
    QCOMPARE(Pinyin::readingStrings(0x20000), QStringList { u"he"_s });
    QCOMPARE(Pinyin::toPinyin(u"王𫖯"_s), u"wang fu"_s);
}

void TestPinyin::joinsFirstReadingsWithSpaces_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("居住证") << u"居住证"_s << u"ju zhu zheng"_s;
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("Latin letter") << u"B超"_s << u"B chao"_s;
    QTest::newRow("digits") << u"第12号窗口"_s << u"di 12 hao chuang kou"_s;
    QTest::newRow("punctuation") << u"（居住证）"_s << u"（ju zhu zheng）"_s;
    QTest::newRow("existing space kept single") << u"居住 证"_s << u"ju zhu zheng"_s;
    QTest::newRow("full-width digits") << u"１号"_s << u"１ hao"_s;
    QTest::newRow("list comma") << u"户口、居住证"_s << u"hu kou、ju zhu zheng"_s;
    QTest::newRow("no hanzi") << u"ID 42"_s << u"ID 42"_s;
}

void TestPinyin::joinsFirstReadingsWithSpaces()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(Pinyin::toPinyin(text), expected);
}

void TestPinyin::coversTheCommonCharacters()
{
    // The 通用规范汉字表 alone has 8,105 characters; Unihan gives readings for far more.
    int characters = 0;
    for (char32_t codePoint = 0; codePoint < endOfIdeographs; ++codePoint) {
        const std::span<const std::uint16_t> ids = Pinyin::readings(codePoint);
        if (ids.empty())
            continue;
        ++characters;
        for (const std::uint16_t id : ids)
            QVERIFY(id < Pinyin::syllableCount());
    }
    QVERIFY2(characters >= 8000, qPrintable(QString::number(characters)));
}

void TestPinyin::spellsSyllablesInTonelessLowercase()
{
    // Mandarin has about 410 toneless syllables; Unihan adds a few interjections (hm, ng).
    const int count = Pinyin::syllableCount();
    QVERIFY2(count >= 400 && count <= 1300, qPrintable(QString::number(count)));
    for (int id = 0; id < count; ++id) {
        const QLatin1StringView letters = Pinyin::syllable(std::uint16_t(id));
        QVERIFY(!letters.isEmpty());
        for (const char c : letters)
            QVERIFY2(c >= 'a' && c <= 'z', qPrintable(QString(letters)));
        if (id > 0)
            QVERIFY(Pinyin::syllable(std::uint16_t(id - 1)) < letters);
    }
    QVERIFY(Pinyin::syllable(std::uint16_t(count)).isEmpty());
}

QTEST_GUILESS_MAIN(TestPinyin)
#include "testpinyin.moc"
