#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include "intake/checklistmodel.h"
#include "intake/intakesession.h"
#include "intake/noticebuilder.h"

using namespace Qt::StringLiterals;
using namespace OneWindow;
using namespace OneWindow::Intake;

/// The rules of one open case: which materials apply, what is missing and why, when a decision
/// may be taken, and what its notice prints (the ID number only masked).
class TestIntakeSession : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void agentAddsPowerOfAttorneyWhenGuideHasNone();
    void guideMaterialWithConditionFollowsTheForm();
    void pendingMaterialsBlockEveryDecisionButRefusal();
    void shortfallsNameMissingIncorrectAndTooFewCopies();
    void acceptNeedsValidFormAndEveryMaterial();
    void checklistModelRecordsProvisionAndCopies();
    void noticeShowsOnlyMaskedNumbers();

private:
    static Catalog::MaterialInfo material(const QString &id, const QString &name, const QString &necessity,
                                          int copies = 0, const QJsonObject &when = {});
    static Catalog::ItemGuide guide(bool withAgentMaterial);
    IntakeSession open(bool withAgentMaterial = false) const;
    static void fill(IntakeSession &session, const QJsonObject &values);
    const QDate m_today { 2026, 11, 25 };
};

Catalog::MaterialInfo TestIntakeSession::material(const QString &id, const QString &name, const QString &necessity,
                                                  int copies, const QJsonObject &when)
{
    Catalog::MaterialInfo m;
    m.id = id;
    m.name = name;
    m.necessityCode = necessity;
    m.copies = copies;
    m.when = when;
    m.forms = { u"原件"_s, u"复印件"_s };
    return m;
}

Catalog::ItemGuide TestIntakeSession::guide(bool withAgentMaterial)
{
    Catalog::ItemGuide g;
    g.code = u"441060001000"_s;
    g.name = u"居住证签注"_s;
    g.departmentName = u"公安分局"_s;
    g.promisedDays = 5;
    g.materials
        = { material(u"sfz"_s, u"居民身份证"_s, u"required"_s), material(u"zm"_s, u"居住证明"_s, u"required"_s, 2),
            material(u"hb"_s, u"户口簿"_s, u"conditional"_s) };
    if (withAgentMaterial)
        g.materials.append(material(u"wts"_s, u"委托书"_s, u"conditional"_s, 1,
                                    { { u"field"_s, u"byAgent"_s }, { u"equals"_s, true } }));
    g.form = QJsonDocument::fromJson(R"({"fields": [
        {"key": "applicantName", "label": "申请人姓名", "type": "text", "required": true},
        {"key": "applicantIdNo", "label": "公民身份号码", "type": "residentId", "required": true},
        {"key": "applicantPhone", "label": "联系电话", "type": "phone", "required": true},
        {"key": "byAgent", "label": "委托代办", "type": "bool"},
        {"key": "agentName", "label": "代办人姓名", "type": "text", "required": true, "visibleWhen": {"field": "byAgent", "equals": true}},
        {"key": "agentIdNo", "label": "代办人身份证号", "type": "residentId", "required": true, "visibleWhen": {"field": "byAgent", "equals": true}}]})"_ba)
                 .object();
    return g;
}

IntakeSession TestIntakeSession::open(bool withAgentMaterial) const
{
    IntakeCase kase;
    kase.uuid = u"c1"_s;
    kase.number = u"SF01-03-20261125-0001"_s;
    Catalog::MaterialInfo authorization = material(u"@authorization"_s, u"授权委托书"_s, u"conditional"_s, 1);
    return IntakeSession::open(kase, guide(withAgentMaterial), authorization).value();
}

void TestIntakeSession::fill(IntakeSession &session, const QJsonObject &values)
{
    session.update(values, session.checklist());
}

void TestIntakeSession::agentAddsPowerOfAttorneyWhenGuideHasNone()
{
    IntakeSession session = open();
    const Checklist &checklist = session.checklist();
    const Catalog::MaterialInfo *added = checklist.material(u"@authorization"_s);
    QVERIFY(added);
    QVERIFY(!checklist.applies(*added, { { u"byAgent"_s, false } }));
    QVERIFY(checklist.applies(*added, { { u"byAgent"_s, true } }));
    QVERIFY(checklist.isRequired(*added));
    QVERIFY(!open(true).checklist().material(u"@authorization"_s));
}

void TestIntakeSession::guideMaterialWithConditionFollowsTheForm()
{
    const IntakeSession session = open(true);
    const Catalog::MaterialInfo *wts = session.checklist().material(u"wts"_s);
    QVERIFY(!session.checklist().pending({}).contains(u"wts"_s));
    QVERIFY(session.checklist().pending({ { u"byAgent"_s, true } }).contains(u"wts"_s));
    QVERIFY(session.checklist().isRequired(*wts));
    // A conditional material without a machine condition is the staff's call: pending until decided.
    QVERIFY(session.checklist().pending({}).contains(u"hb"_s));
}

void TestIntakeSession::pendingMaterialsBlockEveryDecisionButRefusal()
{
    IntakeSession session = open();
    fill(session, { { u"applicantName"_s, u"张三"_s } });
    QVERIFY(!session.blockers(Decision::Accept, m_today).isEmpty());
    QVERIFY(!session.blockers(Decision::NotifyMissing, m_today).isEmpty());
    QVERIFY(session.blockers(Decision::Refuse, m_today).isEmpty());
    fill(session, {});
    QVERIFY(!session.blockers(Decision::Refuse, m_today).isEmpty()); // a notice needs an addressee
}

void TestIntakeSession::shortfallsNameMissingIncorrectAndTooFewCopies()
{
    IntakeSession session = open();
    Checklist checklist = session.checklist();
    MaterialRecord sfz = checklist.record(u"sfz"_s);
    sfz.provision = Provision::Incorrect;
    sfz.problem = u"证件已过有效期"_s;
    checklist.setRecord(sfz);
    MaterialRecord zm = checklist.record(u"zm"_s);
    zm.provision = Provision::Copy;
    zm.copiesReceived = 1;
    checklist.setRecord(zm);
    MaterialRecord hb = checklist.record(u"hb"_s);
    hb.provision = Provision::Missing;
    checklist.setRecord(hb);
    const QList<Shortfall> shortfalls = checklist.shortfalls({});
    QCOMPARE(shortfalls.size(), 3);
    QCOMPARE(shortfalls.at(0).reason, u"证件已过有效期"_s);
    QVERIFY(shortfalls.at(1).reason.contains(u'2') && shortfalls.at(1).reason.contains(u'1'));
    QCOMPARE(shortfalls.at(2).materialId, u"hb"_s);
    // Round trip through the stored JSON keeps every record.
    Checklist restored = open().checklist();
    restored.restore(checklist.toJson());
    QCOMPARE(restored.shortfalls({}).size(), 3);
}

void TestIntakeSession::acceptNeedsValidFormAndEveryMaterial()
{
    IntakeSession session = open();
    Checklist checklist = session.checklist();
    for (const QString &id : { u"sfz"_s, u"zm"_s }) {
        MaterialRecord record = checklist.record(id);
        record.provision = id == u"zm"_s ? Provision::Copy : Provision::Original;
        record.copiesReceived = id == u"zm"_s ? 2 : 0;
        checklist.setRecord(record);
    }
    MaterialRecord hb = checklist.record(u"hb"_s);
    hb.provision = Provision::NotApplicable;
    checklist.setRecord(hb);
    QJsonObject values { { u"applicantName"_s, u"张三"_s },
                         { u"applicantIdNo"_s, u"110105194912310021"_s },
                         { u"applicantPhone"_s, u"13812345678"_s } };
    session.update(values, checklist);
    QVERIFY(!session.blockers(Decision::Accept, m_today).isEmpty()); // wrong check digit
    values[u"applicantIdNo"_s] = u"11010519491231002X"_s;
    session.update(values, checklist);
    QVERIFY2(session.blockers(Decision::Accept, m_today).isEmpty(),
             qPrintable(session.blockers(Decision::Accept, m_today).join(u'\n')));
    QCOMPARE(session.intakeCase().applicantId, u"11010519491231002X"_s);
    // Nothing is missing: a one-time notice has nothing to say.
    QVERIFY(!session.blockers(Decision::NotifyMissing, m_today).isEmpty());
    // A required material cannot be waved through as not applicable.
    MaterialRecord sfz = checklist.record(u"sfz"_s);
    sfz.provision = Provision::NotApplicable;
    checklist.setRecord(sfz);
    session.update(values, checklist);
    QVERIFY(!session.blockers(Decision::Accept, m_today).isEmpty());
}

void TestIntakeSession::checklistModelRecordsProvisionAndCopies()
{
    ChecklistModel model;
    model.setChecklist(open().checklist());
    QCOMPARE(model.rowCount(), 4);
    model.setProvision(1, Provision::Copy);
    QCOMPARE(model.checklist().record(u"zm"_s).copiesReceived, 2); // starts at what the guide asks
    model.setCopies(1, 1);
    QCOMPARE(model.index(1, ChecklistModel::Copies).data().toString(), ChecklistModel::tr("%1 / %2").arg(1).arg(2));
    QVERIFY(!model.index(3, 0).data(ChecklistModel::ApplicableRole).toBool());
    model.setFormValues({ { u"byAgent"_s, true } });
    QVERIFY(model.index(3, 0).data(ChecklistModel::ApplicableRole).toBool());
    model.setReadOnly(true);
    model.setProvision(0, Provision::Missing);
    QCOMPARE(model.checklist().record(u"sfz"_s).provision, Provision::Pending);
}

void TestIntakeSession::noticeShowsOnlyMaskedNumbers()
{
    IntakeSession session = open();
    Checklist checklist = session.checklist();
    MaterialRecord sfz = checklist.record(u"sfz"_s);
    sfz.provision = Provision::Original;
    checklist.setRecord(sfz);
    MaterialRecord zm = checklist.record(u"zm"_s);
    zm.provision = Provision::Missing;
    checklist.setRecord(zm);
    session.update({ { u"applicantName"_s, u"张三"_s },
                     { u"applicantIdNo"_s, u"11010519491231002X"_s },
                     { u"applicantPhone"_s, u"13812345678"_s },
                     { u"byAgent"_s, true },
                     { u"agentName"_s, u"李四"_s },
                     { u"agentIdNo"_s, u"440106199001011234"_s } },
                   checklist);
    const Workstation station { u"SF01"_s, u"示范区政务服务中心"_s, 3, u"w03"_s, u"王敏"_s };
    const auto accepted = NoticeBuilder::build(session, Printing::DocumentKind::AcceptanceNotice,
                                               u"示范受〔2026〕03-0001号"_s, QDateTime(m_today, QTime(10, 0)), station);
    QCOMPARE(accepted.applicantIdMasked, u"110105********002X"_s);
    QVERIFY(!accepted.applicantPhoneMasked.contains(u"1234"_s));
    QCOMPARE(accepted.agentName, u"李四"_s);
    QVERIFY(!accepted.agentIdMasked.contains(u"19900101"_s));
    QCOMPARE(accepted.materials.size(), 1); // only what was received
    QCOMPARE(accepted.materials.first().name, u"居民身份证"_s);
    const auto notice = NoticeBuilder::build(session, Printing::DocumentKind::OneTimeNotice, u"n"_s,
                                             QDateTime(m_today, QTime(10, 0)), station);
    QStringList missing;
    for (const auto &line : notice.materials)
        missing.append(line.name);
    QVERIFY(missing.contains(u"居住证明"_s));
}

QTEST_GUILESS_MAIN(TestIntakeSession)
#include "testintakesession.moc"
