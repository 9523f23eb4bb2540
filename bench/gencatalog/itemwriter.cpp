#include "itemwriter.h"

namespace OneWindow::GenCatalog {

namespace {

void writeStrings(JsonWriter &json, QByteArrayView key, const QStringList &strings)
{
    json.key(key);
    json.beginArray();
    for (const QString &text : strings)
        json.value(text);
    json.endArray();
}

void writeMaterial(JsonWriter &json, const Material &material)
{
    json.beginObject();
    json.field("id", material.id);
    json.field("name", material.name);
    writeStrings(json, "forms", material.forms);
    json.field("type", material.type);
    json.field("copies", material.copies);
    json.field("necessity", material.necessity);
    json.fieldIfNotEmpty("condition", material.condition);
    json.fieldIfNotEmpty("notes", material.notes);
    json.fieldIfNotEmpty("blankForm", material.blankForm);
    json.fieldIfNotEmpty("sample", material.sample);
    json.endObject();
}

void writeFields(JsonWriter &json, const QList<FormField> &fields);

void writeField(JsonWriter &json, const FormField &field)
{
    json.beginObject();
    json.field("key", field.key);
    json.field("label", field.label);
    json.field("type", field.type);
    if (field.required)
        json.booleanField("required", true);
    if (!field.options.isEmpty())
        writeStrings(json, "options", field.options);
    if (!field.fields.isEmpty())
        writeFields(json, field.fields);
    if (!field.visibleWhenField.isEmpty()) {
        json.key("visibleWhen");
        json.beginObject();
        json.field("field", field.visibleWhenField);
        json.key("equals");
        if (field.visibleWhenTrue)
            json.booleanValue(true);
        else
            json.value(field.visibleWhenText);
        json.endObject();
    }
    json.fieldIfNotEmpty("hint", field.hint);
    json.endObject();
}

void writeFields(JsonWriter &json, const QList<FormField> &fields)
{
    json.key("fields");
    json.beginArray();
    for (const FormField &field : fields)
        writeField(json, field);
    json.endArray();
}

} // namespace

void writeItem(JsonWriter &json, const ItemGuide &item)
{
    json.beginObject();
    json.field("code", item.code);
    json.field("baseCode", item.baseCode);
    json.field("implCode", item.implCode);
    json.field("version", item.version);
    json.field("name", item.name);
    json.fieldIfNotEmpty("shortName", item.shortName);
    if (!item.keywords.isEmpty())
        writeStrings(json, "keywords", item.keywords);
    json.field("department", item.department);
    json.field("itemType", item.itemType);
    writeStrings(json, "levels", item.levels);
    json.field("reviewType", item.reviewType);
    json.field("legalLimitDays", item.legalLimitDays);
    json.field("promisedLimitDays", item.promisedLimitDays);

    json.key("fees");
    json.beginArray();
    for (const Fee &fee : item.fees) {
        json.beginObject();
        json.field("name", fee.name);
        json.field("amount", fee.amount);
        json.field("basis", fee.basis);
        json.endObject();
    }
    json.endArray();

    json.fieldIfNotEmpty("place", item.place);
    json.fieldIfNotEmpty("hours", item.hours);
    json.fieldIfNotEmpty("hotline", item.hotline);
    writeStrings(json, "legalBasis", item.legalBasis);

    json.key("steps");
    json.beginArray();
    for (const Step &step : item.steps) {
        json.beginObject();
        json.field("name", step.name);
        json.field("description", step.description);
        json.endObject();
    }
    json.endArray();

    json.fieldIfNotEmpty("resultName", item.resultName);
    json.key("flags");
    json.beginObject();
    json.booleanField("cityWide", item.flags.cityWide);
    json.booleanField("courier", item.flags.courier);
    json.booleanField("appointment", item.flags.appointment);
    json.booleanField("online", item.flags.online);
    json.endObject();

    json.key("materials");
    json.beginArray();
    for (const Material &material : item.materials)
        writeMaterial(json, material);
    json.endArray();

    json.key("form");
    json.beginObject();
    writeFields(json, item.formFields);
    json.endObject();
    json.endObject();
}

} // namespace OneWindow::GenCatalog
