#include <QTest>

#include "catalog/pinyincorpus.h"
#include "catalog/searchindex.h"

using namespace Qt::StringLiterals;
using namespace OneWindow::Catalog;
using Internal::PinyinPositions;

namespace {

ItemSummary item(const QString &code, const QString &name, const QString &department, int flags = 0,
                 bool instant = false, const QStringList &keywords = {}, const QStringList &levels = { u"district"_s })
{
    ItemSummary summary;
    summary.code = code;
    summary.name = name;
    summary.shortName = name;
    summary.keywords = keywords;
    summary.department = department;
    summary.levels = levels;
    summary.flags = flags;
    summary.instant = instant;
    return summary;
}

// Names whose pinyin is easy to get wrong: syllable boundaries (xi'an, chang'an), polyphones
// in every place of a match, Latin letters and digits, punctuation, a letter without pinyin (é)
// and one outside the BMP. Codes start with '#' so no pinyin query is also a code prefix.
const QStringList trickyNames {
    u"西安市社会保险"_s,
    u"县级先进集体"_s,
    u"长安街长期护理"_s,
    u"社会长期救助"_s,
    u"审核事后监管"_s,
    u"省级身份证明"_s,
    u"生育登记"_s,
    u"重庆行政银行"_s,
    u"B超检查"_s,
    u"CT检查"_s,
    u"3岁以下儿童"_s,
    u"第2代身份证"_s,
    u"café证明"_s,
    u"Ｘ光片复印"_s,
    u"《残疾人证》换领"_s,
    u"住房公积金（还贷）"_s,
    u"𠀀县证明"_s,
    u"社"_s,
    u"西安"_s,
    u"先"_s,
};
// Typed a letter at a time, then erased a letter at a time.
const QStringList typed {
    u"xian"_s,
    u"xianjin"_s,
    u"xianshi"_s,
    u"xiansheh"_s,
    u"changan"_s,
    u"zhangan"_s,
    u"changq"_s,
    u"zhangq"_s,
    u"shehuibaoxian"_s,
    u"shehuizhangqi"_s,
    u"shehuichangqi"_s,
    u"shenhe"_s,
    u"shenfenzheng"_s,
    u"shengji"_s,
    u"xingji"_s,
    u"shihou"_s,
    u"shhsj"_s,
    u"sjsfzm"_s,
    u"zhongqing"_s,
    u"chongqing"_s,
    u"xingzhengyinhang"_s,
    u"hangzhengyinxing"_s,
    u"bchao"_s,
    u"ctjiancha"_s,
    u"3suiyi"_s,
    u"di2dai"_s,
    u"cafezheng"_s,
    u"cafzm"_s,
    u"xguangpian"_s,
    u"canjirenzhenghuan"_s,
    u"zhufanggongjijinhuandai"_s,
    u"zfgjjhd"_s,
    u"xianzhengming"_s,
    u"shexian"_s,
    u"qqqq"_s,
    u"aaaa"_s,
};

QString tierName(MatchTier tier)
{
    return QString::number(int(tier));
}

} // namespace

class TestSearchIndex : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void finds_data();
    void finds();
    void ranksExactThenPrefixThenSubstring();
    void ranksByUsageWithinTier();
    void ranksDepartmentMatchesLast();
    void filters_data();
    void filters();
    void emptyQueryListsEverything();
    void limitsHitsButCountsAll();
    void unknownFilterValuesMatchNothing();
    void pinyinAgreesWithSlotBySlotCheck_data();
    void pinyinAgreesWithSlotBySlotCheck();
    void windowDecidesWithoutTheCorpus_data();
    void windowDecidesWithoutTheCorpus();

private:
    QStringList codes(const QString &query, const SearchFilter &filter = {}, std::vector<std::uint32_t> usage = {},
                      int limit = 100) const;
    QStringList expectedPinyinMatches(const std::string &query) const;
    QStringList pinyinMatches(const QString &query) const;
    std::unique_ptr<SearchIndex> m_index;
    std::unique_ptr<SearchIndex> m_tricky; ///< trickyNames, with and without keywords
};

void TestSearchIndex::initTestCase()
{
    const QList<Department> departments {
        { u"GA"_s, u"区公安分局"_s, u"户政"_s },   { u"YB"_s, u"区医疗保障局"_s, u"医保"_s },
        { u"SF"_s, u"区司法局"_s, u"司法"_s },     { u"CL"_s, u"区残疾人联合会"_s, u"残联"_s },
        { u"MZ"_s, u"区民政局"_s, u"民政"_s },     { u"GJJ"_s, u"住房公积金管理中心"_s, u"公积金"_s },
        { u"WJ"_s, u"区卫生健康局"_s, u"卫健"_s },
    };
    std::vector<ItemSummary> items {
        item(u"4401060001"_s, u"居住证签注"_s, u"GA"_s, CityWide, true, {}, { u"street"_s, u"district"_s }),
        item(u"4401060002"_s, u"居住证申领"_s, u"GA"_s, CityWide),
        item(u"4401070001"_s, u"长期护理保险待遇申请"_s, u"YB"_s),
        item(u"4401080001"_s, u"行政复议申请"_s, u"SF"_s),
        item(u"4401090001"_s, u"重度残疾人护理补贴"_s, u"CL"_s, 0, false, {}, { u"community"_s }),
        item(u"4401100001"_s, u"住房公积金提取（还贷）"_s, u"GJJ"_s),
        item(u"4401110001"_s, u"最低生活保障申请"_s, u"MZ"_s, CityWide, false, { u"低保"_s }),
        item(u"4401090002"_s, u"残疾人证新办"_s, u"CL"_s),
        item(u"4401120001"_s, u"儿童生长发育评估"_s, u"WJ"_s),
        item(u"4401060003"_s, u"临时身份证明"_s, u"GA"_s, 0, true),
        item(u"4401060004"_s, u"临时身份证明补办"_s, u"GA"_s),
        item(u"4401060005"_s, u"办理临时身份证明"_s, u"GA"_s),
        item(u"ABC-9"_s, u"《残疾人证》换领"_s, u"CL"_s),
        item(u"4401090003"_s, u"辅助器具适配"_s, u"CL"_s),
    };
    m_index = std::make_unique<SearchIndex>(std::move(items), departments);

    std::vector<ItemSummary> tricky;
    for (qsizetype i = 0; i < trickyNames.size(); ++i) {
        tricky.push_back(item(u"#"_s + QString::number(i), trickyNames[i], QString()));
        // The same name as a keyword, and as the short name of another name: other tiers.
        ItemSummary withKeyword
            = item(u"#k"_s + QString::number(i), u"其他"_s, QString(), 0, false, { trickyNames[i] });
        withKeyword.shortName = trickyNames[(i + 1) % trickyNames.size()];
        tricky.push_back(withKeyword);
    }
    m_tricky = std::make_unique<SearchIndex>(std::move(tricky), QList<Department>());
}

// What the index must find, by checking every slot of every text in a PinyinCorpus: item code
// and tier, sorted.
QStringList TestSearchIndex::expectedPinyinMatches(const std::string &query) const
{
    QStringList expected;
    for (const ItemSummary &summary : m_tricky->items()) {
        QStringList texts { summary.name };
        if (summary.shortName != summary.name)
            texts.append(summary.shortName);
        const qsizetype keywordsFrom = texts.size();
        texts.append(summary.keywords);
        MatchTier best = MatchTier::None;
        Internal::PinyinCorpus corpus;
        for (qsizetype t = 0; t < texts.size(); ++t) {
            const std::uint32_t text = corpus.addText(texts[t].normalized(QString::NormalizationForm_KC).toLower());
            MatchTier tier = MatchTier::None;
            if (corpus.matchesWhole(query, text))
                tier = t < keywordsFrom ? MatchTier::Exact : MatchTier::Prefix;
            else if (corpus.matchesFrom(query, text, 0, false))
                tier = MatchTier::Prefix;
            else if (corpus.matchesAnywhere(query, text))
                tier = MatchTier::Substring;
            best = std::min(best, tier);
        }
        if (best != MatchTier::None)
            expected.append(summary.code + u':' + tierName(best));
    }
    expected.sort();
    return expected;
}

QStringList TestSearchIndex::pinyinMatches(const QString &query) const
{
    QStringList found;
    for (const SearchHit &hit : m_tricky->search(query, {}, {}, 1000).hits)
        found.append(m_tricky->items()[hit.item].code + u':' + tierName(hit.tier));
    found.sort();
    return found;
}

QStringList TestSearchIndex::codes(const QString &query, const SearchFilter &filter, std::vector<std::uint32_t> usage,
                                   int limit) const
{
    QStringList result;
    for (const SearchHit &hit : m_index->search(query, filter, usage, limit).hits)
        result.append(m_index->items()[hit.item].code);
    return result;
}

void TestSearchIndex::finds_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("absent");
    QTest::newRow("hanzi substring") << u"居住"_s << u"4401060001"_s << u"4401070001"_s;
    QTest::newRow("hanzi inside the name") << u"签注"_s << u"4401060001"_s << u"4401060002"_s;
    QTest::newRow("single hanzi") << u"贷"_s << u"4401100001"_s << u"4401060001"_s;
    QTest::newRow("full pinyin") << u"juzhuzheng"_s << u"4401060002"_s << u"4401070001"_s;
    QTest::newRow("initials") << u"jzz"_s << u"4401060001"_s << u"4401080001"_s;
    QTest::newRow("mixed full and initials") << u"juzhzh"_s << u"4401060002"_s << u"4401070001"_s;
    QTest::newRow("pinyin with spaces and capitals") << u"Ju Zhu Zheng"_s << u"4401060001"_s << u"4401090001"_s;
    QTest::newRow("full-width letters") << u"ＪＺＺ"_s << u"4401060001"_s << u"4401090001"_s;
    QTest::newRow("pinyin in the middle") << u"qianzhu"_s << u"4401060001"_s << u"4401060002"_s;
    QTest::newRow("长 read chang") << u"changqi"_s << u"4401070001"_s << u"4401120001"_s;
    QTest::newRow("长 read zhang") << u"shengzhang"_s << u"4401120001"_s << u"4401070001"_s;
    QTest::newRow("长 initials") << u"cqhl"_s << u"4401070001"_s << u"4401120001"_s;
    QTest::newRow("行 read xing") << u"xingzheng"_s << u"4401080001"_s << u"4401060001"_s;
    QTest::newRow("重 read zhong") << u"zhongdu"_s << u"4401090001"_s << u"4401090002"_s;
    QTest::newRow("重 read chong") << u"chongdu"_s << u"4401090001"_s << u"4401090002"_s;
    QTest::newRow("还 read huan") << u"huandai"_s << u"4401100001"_s << u"4401060001"_s;
    QTest::newRow("keyword") << u"低保"_s << u"4401110001"_s << u"4401060001"_s;
    QTest::newRow("keyword pinyin") << u"dibao"_s << u"4401110001"_s << u"4401060001"_s;
    QTest::newRow("code prefix") << u"4401090"_s << u"4401090002"_s << u"4401100001"_s;
    QTest::newRow("whole code") << u"4401060003"_s << u"4401060003"_s << u"4401060004"_s;
    QTest::newRow("code letters any case") << u"abc"_s << u"ABC-9"_s << u"4401060001"_s;
    QTest::newRow("pinyin across punctuation") << u"canjirenzhenghuan"_s << u"ABC-9"_s << u"4401090002"_s;
    QTest::newRow("department name") << u"医保"_s << u"4401070001"_s << u"4401060001"_s;
    QTest::newRow("department pinyin") << u"canlian"_s << u"4401090002"_s << u"4401060001"_s;
}

void TestSearchIndex::finds()
{
    QFETCH(QString, query);
    QFETCH(QString, expected);
    QFETCH(QString, absent);
    const QStringList found = codes(query);
    QVERIFY2(found.contains(expected), qPrintable(query + u" -> "_s + found.join(u',')));
    QVERIFY2(!found.contains(absent), qPrintable(query + u" -> "_s + found.join(u',')));
}

void TestSearchIndex::ranksExactThenPrefixThenSubstring()
{
    QCOMPARE(codes(u"临时身份证明"_s), QStringList({ u"4401060003"_s, u"4401060004"_s, u"4401060005"_s }));
    const SearchResult result = m_index->search(u"临时身份证明"_s, {}, {}, 10);
    QCOMPARE(result.hits.at(0).tier, MatchTier::Exact);
    QCOMPARE(result.hits.at(1).tier, MatchTier::Prefix);
    QCOMPARE(result.hits.at(2).tier, MatchTier::Substring);
    // The same order when the staff types pinyin, even with more usage on the substring match.
    std::vector<std::uint32_t> usage(m_index->items().size(), 0);
    usage[size_t(m_index->indexOf(u"4401060005"_s))] = 50;
    QCOMPARE(codes(u"linshishenfenzhengming"_s, {}, usage).mid(0, 3),
             QStringList({ u"4401060003"_s, u"4401060004"_s, u"4401060005"_s }));
    QCOMPARE(codes(u"lsSFzm"_s).value(0), u"4401060003"_s);
}

void TestSearchIndex::ranksByUsageWithinTier()
{
    // 居住证签注 and 居住证申领 both match 居住证 at the start; the shorter-named or
    // earlier one wins until this window uses the other more.
    QCOMPARE(codes(u"居住证"_s), QStringList({ u"4401060001"_s, u"4401060002"_s }));
    std::vector<std::uint32_t> usage(m_index->items().size(), 0);
    usage[size_t(m_index->indexOf(u"4401060002"_s))] = 3;
    QCOMPARE(codes(u"居住证"_s, {}, usage), QStringList({ u"4401060002"_s, u"4401060001"_s }));
    QCOMPARE(codes(u"jzz"_s, {}, usage).value(0), u"4401060002"_s);
}

void TestSearchIndex::ranksDepartmentMatchesLast()
{
    // 残疾人 is in two items' names and is part of the 残联 department's full name: the
    // department's other items follow the name matches.
    const SearchResult result = m_index->search(u"残疾人"_s, {}, {}, 10);
    QVERIFY(result.hits.size() >= 3);
    QCOMPARE(result.hits.back().tier, MatchTier::Department);
    for (size_t i = 0; i + 1 < result.hits.size(); ++i)
        QVERIFY(result.hits[i].tier <= result.hits[i + 1].tier);
}

void TestSearchIndex::filters_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("department");
    QTest::addColumn<QString>("level");
    QTest::addColumn<bool>("cityWide");
    QTest::addColumn<bool>("instant");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("department") << u"申请"_s << u"YB"_s << QString() << false << false
                                << QStringList { u"4401070001"_s };
    QTest::newRow("level") << QString() << QString() << u"community"_s << false << false
                           << QStringList { u"4401090001"_s };
    QTest::newRow("city-wide") << u"jzz"_s << QString() << QString() << true << false
                               << QStringList { u"4401060001"_s, u"4401060002"_s };
    QTest::newRow("instant") << u"jzz"_s << QString() << QString() << false << true << QStringList { u"4401060001"_s };
    QTest::newRow("city-wide and street")
        << QString() << QString() << u"street"_s << true << false << QStringList { u"4401060001"_s };
}

void TestSearchIndex::filters()
{
    QFETCH(QString, query);
    QFETCH(QString, department);
    QFETCH(QString, level);
    QFETCH(bool, cityWide);
    QFETCH(bool, instant);
    QFETCH(QStringList, expected);
    const SearchFilter filter { department, level, cityWide, instant };
    QCOMPARE(codes(query, filter), expected);
}

void TestSearchIndex::emptyQueryListsEverything()
{
    const SearchResult all = m_index->search(QString(), {}, {}, 100);
    QCOMPARE(all.total, int(m_index->items().size()));
    std::vector<std::uint32_t> usage(m_index->items().size(), 0);
    usage[size_t(m_index->indexOf(u"4401110001"_s))] = 9;
    QCOMPARE(codes(QString(), {}, usage).value(0), u"4401110001"_s);
}

void TestSearchIndex::limitsHitsButCountsAll()
{
    const SearchResult result = m_index->search(u"临时"_s, {}, {}, 2);
    QCOMPARE(result.total, 3);
    QCOMPARE(result.hits.size(), size_t(2));
    QCOMPARE(m_index->search(u"qqqxxx"_s, {}, {}, 10).total, 0);
    QCOMPARE(m_index->search(u"鑫"_s, {}, {}, 10).total, 0);
}

void TestSearchIndex::unknownFilterValuesMatchNothing()
{
    QCOMPARE(m_index->search(QString(), { u"NOPE"_s, QString(), false, false }, {}, 10).total, 0);
    QCOMPARE(m_index->search(QString(), { QString(), u"province"_s, false, false }, {}, 10).total, 0);
}

void TestSearchIndex::pinyinAgreesWithSlotBySlotCheck_data()
{
    QTest::addColumn<QStringList>("queries");
    for (const QString &word : typed) {
        QStringList queries;
        for (qsizetype length = 1; length <= word.size(); ++length)
            queries.append(word.left(length));
        for (qsizetype length = word.size() - 1; length >= 1; --length)
            queries.append(word.left(length));
        QTest::newRow(qPrintable(word)) << queries;
    }
    // Keystrokes that do not only add letters: a sibling after a shorter query, the same query twice.
    QTest::newRow("edits") << QStringList { u"shen"_s,   u"she"_s, u"shenh"_s, u"shenf"_s, u"shenf"_s, u"sheng"_s,
                                            u"shengj"_s, u"xi"_s,  u"xian"_s,  u"xia"_s,   u"xiansh"_s };
}

void TestSearchIndex::pinyinAgreesWithSlotBySlotCheck()
{
    QFETCH(QStringList, queries);
    for (const QString &query : queries)
        QCOMPARE(pinyinMatches(query).join(u' '), expectedPinyinMatches(query.toStdString()).join(u' '));
}

void TestSearchIndex::windowDecidesWithoutTheCorpus_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("slot");
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("verdict");
    const int no = int(PinyinPositions::Verdict::No);
    const int yes = int(PinyinPositions::Verdict::Yes);
    const int unsure = int(PinyinPositions::Verdict::Unsure);
    QTest::newRow("syllable being typed") << u"社会保险"_s << 0 << u"sheh"_s << yes;
    QTest::newRow("wrong fourth letter") << u"社会保险"_s << 0 << u"shen"_s << no;
    QTest::newRow("no split fits") << u"社会保险"_s << 0 << u"shea"_s << no;
    QTest::newRow("initial, then a syllable") << u"社会保险"_s << 0 << u"shuib"_s << yes;
    QTest::newRow("three slots") << u"社会保险"_s << 0 << u"shehuibao"_s << yes;
    QTest::newRow("past the window") << u"社会保险"_s << 0 << u"shehuibaox"_s << unsure;
    QTest::newRow("from a later slot") << u"社会保险"_s << 2 << u"baoxian"_s << yes;
    QTest::newRow("text ends") << u"社会保险"_s << 2 << u"baoxianj"_s << no;
    // 核 also reads hu: z-hu-fa takes the three slots, and the n would need a fourth.
    QTest::newRow("text ends after the window") << u"证核发"_s << 0 << u"zhufan"_s << no;
    QTest::newRow("initials past the window") << u"居住证签注"_s << 0 << u"jzzq"_s << unsure;
    QTest::newRow("xi an") << u"西安"_s << 0 << u"xian"_s << yes;
    QTest::newRow("xian is not xi an") << u"县城"_s << 0 << u"xiang"_s << no;
    QTest::newRow("latin and digits") << u"第2代"_s << 1 << u"2dai"_s << yes;
    QTest::newRow("letter without pinyin") << u"café证明"_s << 2 << u"fez"_s << unsure;
    QTest::newRow("punctuation makes no slot") << u"《残疾人证》换领"_s << 3 << u"zhenghuan"_s << yes;
    // Every reading of a polyphone is in the window: 长 chang and zhang, 会 hui and kuai.
    QTest::newRow("polyphone, first reading") << u"长安"_s << 0 << u"changan"_s << yes;
    QTest::newRow("polyphone, other reading") << u"长安"_s << 0 << u"zhangan"_s << yes;
    QTest::newRow("polyphone, no reading fits") << u"长安"_s << 0 << u"chb"_s << no;
    QTest::newRow("polyphone in the middle") << u"社会保险"_s << 0 << u"shekuaib"_s << yes;
}

void TestSearchIndex::windowDecidesWithoutTheCorpus()
{
    QFETCH(QString, text);
    QFETCH(int, slot);
    QFETCH(QString, query);
    QFETCH(int, verdict);
    Internal::PinyinCorpus corpus;
    PinyinPositions positions;
    const QString folded = text.normalized(QString::NormalizationForm_KC).toLower();
    positions.beginText(corpus.addText(folded), folded, corpus);
    QCOMPARE(int(positions.judge(query.toStdString(), positions.windowAt(size_t(slot)))), verdict);
}

QTEST_GUILESS_MAIN(TestSearchIndex)
#include "testsearchindex.moc"
