#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include "intake/formschema.h"
#include "intake/formvalidator.h"
#include "tempdatadir.h"

using namespace Qt::StringLiterals;
using namespace OneWindow;
using namespace OneWindow::Intake;

/// The intake form as the guide's schema defines it: every demo item builds, required fields
/// are enforced where visible, roles are found, the ID number fills birth date and sex.
class TestFormSchema : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void everyDemoItemBuildsWithApplicantRoles();
    void emptyFormNamesEveryVisibleRequiredField();
    void hiddenFieldsAreNotRequired();
    void groupEntriesAreCheckedOneByOne();
    void typedFieldsUseTheOfficialRules_data();
    void typedFieldsUseTheOfficialRules();
    void idNumberFillsBirthDateSexAndAge();
    void malformedSchemaIsRefusedWithItsPath();

private:
    QJsonArray m_items;
    const QDate m_today { 2026, 11, 25 };
};

void TestFormSchema::initTestCase()
{
    QFile file(Test::sourcePath(u"resources/demo/catalog.json"_s));
    QVERIFY(file.open(QIODevice::ReadOnly));
    m_items = QJsonDocument::fromJson(file.readAll()).object().value(u"items"_s).toArray();
    QVERIFY(m_items.size() >= 400);
}

void TestFormSchema::everyDemoItemBuildsWithApplicantRoles()
{
    for (const QJsonValue &item : std::as_const(m_items)) {
        const QString name = item[u"name"_s].toString();
        const Result<FormSchema> schema = FormSchema::fromJson(item[u"form"_s].toObject());
        QVERIFY2(schema, qPrintable(name + u": "_s + (schema ? QString() : schema.error().message)));
        // Every notice is addressed to the applicant: each item must say who that is.
        QVERIFY2(schema->fieldFor(FieldRole::ApplicantName), qPrintable(name));
        QVERIFY2(schema->fieldFor(FieldRole::ApplicantId), qPrintable(name));
    }
}

void TestFormSchema::emptyFormNamesEveryVisibleRequiredField()
{
    for (const QJsonValue &item : std::as_const(m_items)) {
        const FormSchema schema = FormSchema::fromJson(item[u"form"_s].toObject()).value();
        QStringList expected;
        for (const FieldSpec &spec : schema.fields())
            if (spec.required && !spec.visibleWhen.isSet())
                expected.append(spec.key);
        QStringList reported;
        for (const FieldIssue &issue : FormValidator::validate(schema.fields(), {}, m_today)) {
            QCOMPARE(issue.code, u"intake.required"_s);
            reported.append(issue.path);
        }
        QCOMPARE(reported, expected);
    }
}

void TestFormSchema::hiddenFieldsAreNotRequired()
{
    const QJsonObject form = QJsonDocument::fromJson(R"({"fields": [
        {"key": "byAgent", "label": "委托代办", "type": "bool"},
        {"key": "agentName", "label": "代办人姓名", "type": "text", "required": true,
         "visibleWhen": {"field": "byAgent", "equals": true}}]})"_ba)
                                 .object();
    const FormSchema schema = FormSchema::fromJson(form).value();
    QVERIFY(FormValidator::validate(schema.fields(), { { u"byAgent"_s, false } }, m_today).isEmpty());
    const QList<FieldIssue> issues = FormValidator::validate(schema.fields(), { { u"byAgent"_s, true } }, m_today);
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().path, u"agentName"_s);
    QCOMPARE(schema.fieldFor(FieldRole::AgentPresent)->key, u"byAgent"_s);
}

void TestFormSchema::groupEntriesAreCheckedOneByOne()
{
    const QJsonObject form = QJsonDocument::fromJson(R"({"fields": [
        {"key": "members", "label": "家庭成员", "type": "group", "fields": [
            {"key": "name", "label": "姓名", "type": "text", "required": true},
            {"key": "idNo", "label": "公民身份号码", "type": "residentId", "required": true}]}]})"_ba)
                                 .object();
    const FormSchema schema = FormSchema::fromJson(form).value();
    QCOMPARE(schema.fieldCount(), 3);
    const QJsonArray members { QJsonObject { { u"name"_s, u"张三"_s }, { u"idNo"_s, u"11010519491231002X"_s } },
                               QJsonObject { { u"name"_s, u"李四"_s }, { u"idNo"_s, u"110105194912310021"_s } },
                               QJsonObject { { u"idNo"_s, u"11010519491231002X"_s } } };
    QStringList paths;
    for (const FieldIssue &issue : FormValidator::validate(schema.fields(), { { u"members"_s, members } }, m_today))
        paths.append(issue.path);
    QCOMPARE(paths, (QStringList { u"members[1].idNo"_s, u"members[2].name"_s }));
}

void TestFormSchema::typedFieldsUseTheOfficialRules_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("normalized");
    QTest::newRow("id lower-case x") << u"residentId"_s << u"11010519491231002x"_s << true << u"11010519491231002X"_s;
    QTest::newRow("id wrong check digit") << u"residentId"_s << u"110105194912310021"_s << false << QString();
    QTest::newRow("uscc") << u"uscc"_s << u"91350100M000100Y43"_s << true << u"91350100M000100Y43"_s;
    QTest::newRow("uscc wrong check") << u"uscc"_s << u"91350100M000100Y44"_s << false << QString();
    QTest::newRow("mobile +86") << u"phone"_s << u"+86 138 1234 5678"_s << true << u"13812345678"_s;
    QTest::newRow("mobile short") << u"phone"_s << u"1381234567"_s << false << QString();
    QTest::newRow("postal code") << u"postalCode"_s << u"510000"_s << true << u"510000"_s;
    QTest::newRow("postal code letters") << u"postalCode"_s << u"51A000"_s << false << QString();
    QTest::newRow("number") << u"number"_s << u"1250.50"_s << true << u"1250.50"_s;
    QTest::newRow("number words") << u"number"_s << u"三"_s << false << QString();
    QTest::newRow("date") << u"date"_s << u"2026-02-14"_s << true << u"2026-02-14"_s;
    QTest::newRow("date impossible") << u"date"_s << u"2026-02-30"_s << false << QString();
}

void TestFormSchema::typedFieldsUseTheOfficialRules()
{
    QFETCH(QString, type);
    QFETCH(QString, input);
    QFETCH(bool, valid);
    QFETCH(QString, normalized);
    FieldSpec spec;
    spec.key = u"f"_s;
    spec.label = u"字段"_s;
    bool known = false;
    spec.type = fieldTypeFromName(type, &known);
    QVERIFY(known);
    const FieldCheck check = FormValidator::checkField(spec, input, m_today);
    QCOMPARE(check.errors.isEmpty(), valid);
    if (valid)
        QCOMPARE(check.normalized.toString(), normalized);
    else
        QVERIFY(!check.errors.first().message.isEmpty());
}

void TestFormSchema::idNumberFillsBirthDateSexAndAge()
{
    const QJsonObject form = QJsonDocument::fromJson(R"({"fields": [
        {"key": "childIdNo", "label": "公民身份号码", "type": "residentId"},
        {"key": "childBirthDate", "label": "出生日期", "type": "date"},
        {"key": "childGender", "label": "性别", "type": "choice", "options": ["男", "女"]},
        {"key": "age", "label": "年龄", "type": "number"}]})"_ba)
                                 .object();
    const FormSchema schema = FormSchema::fromJson(form).value();
    const FieldCheck id = FormValidator::checkField(*schema.field(u"childIdNo"_s), u"11010519491231002X"_s, m_today);
    QVERIFY(id.errors.isEmpty());
    const QJsonObject derived = FormValidator::derivedFromId(schema.fields(), id, m_today);
    QCOMPARE(derived.value(u"childBirthDate"_s).toString(), u"1949-12-31"_s);
    QCOMPARE(derived.value(u"childGender"_s).toString(), u"女"_s);
    QCOMPARE(derived.value(u"age"_s).toString(), u"76"_s);
    const FieldCheck wrong = FormValidator::checkField(*schema.field(u"childIdNo"_s), u"110105194912310021"_s, m_today);
    QVERIFY(FormValidator::derivedFromId(schema.fields(), wrong, m_today).isEmpty());
}

void TestFormSchema::malformedSchemaIsRefusedWithItsPath()
{
    const QJsonObject form
        = QJsonDocument::fromJson(
              R"({"fields": [{"key": "a", "label": "A", "type": "text"}, {"key": "b", "label": "B", "type": "choice"}]})"_ba)
              .object();
    const Result<FormSchema> schema = FormSchema::fromJson(form);
    QVERIFY(!schema);
    QVERIFY2(schema.error().message.contains(u"form.fields[1]"_s), qPrintable(schema.error().message));
}

QTEST_GUILESS_MAIN(TestFormSchema)
#include "testformschema.moc"
