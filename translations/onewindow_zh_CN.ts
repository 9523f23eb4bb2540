<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>OneWindow::Calendar</name>
    <message>
        <source>The calendar of %1 lists no holidays.</source>
        <translation>%1年的日历没有列出任何节假日。</translation>
    </message>
    <message>
        <source>A holiday of %1 has no name.</source>
        <translation>%1年的某个节假日没有名称。</translation>
    </message>
    <message>
        <source>The holiday &quot;%1&quot; has no valid dates.</source>
        <translation>节假日“%1”没有有效的日期。</translation>
    </message>
    <message>
        <source>The holiday &quot;%1&quot; ends on %2, before it starts on %3.</source>
        <extracomment>%1 holiday name, %2 and %3 dates (YYYY-MM-DD)</extracomment>
        <translation>节假日“%1”的结束日期%2早于开始日期%3。</translation>
    </message>
    <message>
        <source>The holiday &quot;%1&quot; (%2 to %3) lies outside the year %4.</source>
        <extracomment>%1 holiday name, %2 and %3 dates (YYYY-MM-DD), %4 the year</extracomment>
        <translation>节假日“%1”（%2至%3）不在%4年内。</translation>
    </message>
    <message>
        <source>The holidays &quot;%1&quot; and &quot;%2&quot; overlap.</source>
        <translation>节假日“%1”与“%2”的日期重叠。</translation>
    </message>
    <message>
        <source>An adjusted working day of %1 is not a valid date.</source>
        <translation>%1年的某个调休上班日不是有效日期。</translation>
    </message>
    <message>
        <source>The adjusted working day %1 lies outside the year %2.</source>
        <translation>调休上班日%1不在%2年内。</translation>
    </message>
    <message>
        <source>The adjusted working day %1 is not a Saturday or Sunday.</source>
        <translation>调休上班日%1不是星期六或星期日。</translation>
    </message>
    <message>
        <source>The adjusted working day %1 is listed twice.</source>
        <translation>调休上班日%1重复列出。</translation>
    </message>
    <message>
        <source>The adjusted working day %1 falls inside the holiday &quot;%2&quot;.</source>
        <extracomment>%1 a date (YYYY-MM-DD), %2 holiday name</extracomment>
        <translation>调休上班日%1落在节假日“%2”之内。</translation>
    </message>
    <message>
        <source>The calendar year %1 is not between %2 and %3.</source>
        <translation>日历年份%1不在%2至%3之间。</translation>
    </message>
    <message>
        <source>The calendar of %1 does not name its source: the notice&apos;s title and the date it was published.</source>
        <translation>%1年的日历没有注明来源：通知的标题和发布日期。</translation>
    </message>
    <message>
        <source>The calendar data is not valid JSON: %1 (at byte %2).</source>
        <extracomment>%1 the JSON parser&apos;s message (English), %2 a byte offset</extracomment>
        <translation>日历数据不是有效的JSON：%1（第%2字节）。</translation>
    </message>
    <message>
        <source>The calendar data is not a JSON object.</source>
        <translation>日历数据不是JSON对象。</translation>
    </message>
    <message>
        <source>This calendar data is format version %1; this program reads version %2.</source>
        <translation>此日历数据的格式版本为%1；本程序读取的是版本%2。</translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation>听证</translation>
    </message>
    <message>
        <source>Tender</source>
        <translation>招标</translation>
    </message>
    <message>
        <source>Auction</source>
        <translation>拍卖</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>检验</translation>
    </message>
    <message>
        <source>Testing</source>
        <translation>检测</translation>
    </message>
    <message>
        <source>Quarantine</source>
        <translation>检疫</translation>
    </message>
    <message>
        <source>Appraisal</source>
        <translation>鉴定</translation>
    </message>
    <message>
        <source>Expert review</source>
        <translation>专家评审</translation>
    </message>
    <message>
        <source>A clock stop (%1) has no valid dates.</source>
        <translation>一个不计时限的期间（%1）没有有效的日期。</translation>
    </message>
    <message>
        <source>A clock stop (%1) ends on %2, before it starts on %3.</source>
        <extracomment>%1 kind of stop (hearing, testing...), %2 and %3 dates (YYYY-MM-DD)</extracomment>
        <translation>不计时限的期间（%1）的结束日期%2早于开始日期%3。</translation>
    </message>
    <message>
        <source>Working days can only be counted between valid dates.</source>
        <translation>只能在有效日期之间计算工作日。</translation>
    </message>
    <message>
        <source>A deadline needs a valid acceptance date and a valid date for today.</source>
        <translation>计算期限需要有效的受理日期和有效的当天日期。</translation>
    </message>
    <message>
        <source>A time limit cannot be negative (%1 working days).</source>
        <translation>办理时限不能为负数（%1个工作日）。</translation>
    </message>
    <message>
        <source>The calendar field &quot;%1&quot; is missing or is not an object.</source>
        <translation>日历字段“%1”缺失或不是对象。</translation>
    </message>
    <message>
        <source>The calendar field &quot;%1&quot; is missing or is not a list.</source>
        <translation>日历字段“%1”缺失或不是列表。</translation>
    </message>
    <message>
        <source>The calendar field &quot;%1&quot; is missing or is not text.</source>
        <translation>日历字段“%1”缺失或不是文本。</translation>
    </message>
    <message>
        <source>The calendar field &quot;%1&quot; is missing or is not a whole number.</source>
        <translation>日历字段“%1”缺失或不是整数。</translation>
    </message>
    <message>
        <source>The calendar field &quot;%1&quot; holds &quot;%2&quot;, which is not a date written as YYYY-MM-DD.</source>
        <extracomment>%1 the field&apos;s path in the JSON (holidays[2].from), %2 what it holds</extracomment>
        <translation>日历字段“%1”的值“%2”不是YYYY-MM-DD格式的日期。</translation>
    </message>
    <message>
        <source>The Chinese lunar calendar is not available for %1.</source>
        <translation>无法获取%1年的农历。</translation>
    </message>
    <message>
        <source>There is no lunar month %1, day %2.</source>
        <translation>不存在农历%1月%2日。</translation>
    </message>
    <message>
        <source>The first day of lunar month %1 in %2 cannot be calculated with certainty.</source>
        <extracomment>%1 lunar month number (1-12), %2 the year</extracomment>
        <translation>无法确定%2年农历%1月初一的日期。</translation>
    </message>
    <message>
        <source>The holiday rule &quot;%1&quot; is not understood.</source>
        <translation>无法识别节假日规则“%1”。</translation>
    </message>
    <message>
        <source>The holiday law&apos;s data is missing.</source>
        <translation>缺少放假办法的数据。</translation>
    </message>
    <message>
        <source>The holidays of %1 cannot be calculated.</source>
        <translation>无法计算%1年的节假日。</translation>
    </message>
    <message>
        <source>There is no holiday data for %1, and the holiday law in force applies from %2 only.</source>
        <extracomment>%1 and %2 years</extracomment>
        <translation>没有%1年的节假日数据，现行放假办法自%2年起才适用。</translation>
    </message>
    <message>
        <source>The holidays of %1 cannot be calculated: the calendar reaches %2 at most.</source>
        <translation>无法计算%1年的节假日：日历最远只到%2年。</translation>
    </message>
    <message>
        <source>The calendar file %1 cannot be read.</source>
        <translation>无法读取日历文件%1。</translation>
    </message>
</context>
<context>
    <name>OneWindow::Catalog</name>
    <message>
        <source>The item %1 is no longer in the catalog.</source>
        <translation>事项 %1 已不在事项目录中。</translation>
    </message>
    <message>
        <source>Writing the catalog failed: %1</source>
        <translation>写入事项目录失败：%1</translation>
    </message>
    <message>
        <source>Item %1 (%2 %3)</source>
        <translation>第 %1 个事项（%2 %3）</translation>
    </message>
    <message>
        <source>%1, field department: the department &quot;%2&quot; is not in the package&apos;s department list.</source>
        <extracomment>%1 names the item, %2 is a department code</extracomment>
        <translation>%1，字段 department：部门“%2”不在事项目录包的部门列表中。</translation>
    </message>
    <message>
        <source>%1, field %2: the code &quot;%3&quot; is not in the code table &quot;%4&quot;.</source>
        <extracomment>%1 names the item, %2 the field, %3 the code, %4 the code table</extracomment>
        <translation>%1，字段 %2：代码“%3”不在代码表“%4”中。</translation>
    </message>
    <message>
        <source>The package holds catalog version %1, older than version %2 on this window; it was not imported.</source>
        <translation>该事项目录包为第 %1 版，早于本窗口现有的第 %2 版，未导入。</translation>
    </message>
    <message>
        <source>The delta package applies to catalog version %1, but this window has version %2. Import a full package or the deltas in between.</source>
        <translation>该增量包适用于事项目录第 %1 版，而本窗口为第 %2 版。请导入全量包，或先导入中间各版的增量包。</translation>
    </message>
    <message>
        <source>Catalog package, field removed: the item %1 is not in the catalog.</source>
        <translation>事项目录包，字段 removed：事项 %1 不在事项目录中。</translation>
    </message>
    <message>
        <source>Cannot open the catalog package %1: %2</source>
        <translation>无法打开事项目录包 %1：%2</translation>
    </message>
    <message>
        <source>The stored guide cannot be read: %1</source>
        <translation>无法读取已保存的办事指南：%1</translation>
    </message>
    <message>
        <source>The catalog package could not be read.</source>
        <translation>无法读取该事项目录包。</translation>
    </message>
    <message>
        <source>Item %1 (%2), field %3: %4.</source>
        <extracomment>%1 is the item&apos;s number in the package, %2 its code and name, %3 the field path, %4 the problem</extracomment>
        <translation>第 %1 个事项（%2），字段 %3：%4。</translation>
    </message>
    <message>
        <source>Catalog package, field %1: %2.</source>
        <extracomment>%1 is the field path in the package, %2 the problem</extracomment>
        <translation>事项目录包，字段 %1：%2。</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>数组</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>布尔值</translation>
    </message>
    <message>
        <source>null</source>
        <translation>空值（null）</translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation>应为对象，实际为%1</translation>
    </message>
    <message>
        <source>expected an array, found %1</source>
        <translation>应为数组，实际为%1</translation>
    </message>
    <message>
        <source>required, but missing</source>
        <translation>必填，但缺失</translation>
    </message>
    <message>
        <source>expected a string, found %1</source>
        <translation>应为字符串，实际为%1</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <source>expected a whole number, found %1</source>
        <translation>应为整数，实际为%1</translation>
    </message>
    <message>
        <source>must be at least %1, found %2</source>
        <translation>不能小于 %1，实际为 %2</translation>
    </message>
    <message>
        <source>expected true or false, found %1</source>
        <translation>应为 true 或 false，实际为%1</translation>
    </message>
    <message>
        <source>must list at least one entry</source>
        <translation>至少应有一项</translation>
    </message>
    <message>
        <source>%1 characters, at most %2 allowed</source>
        <translation>共 %1 个字符，最多允许 %2 个</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid field key</source>
        <translation>“%1”不是有效的字段键名</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; is used twice</source>
        <translation>键名“%1”重复使用</translation>
    </message>
    <message>
        <source>unknown field type &quot;%1&quot;</source>
        <translation>未知的字段类型“%1”</translation>
    </message>
    <message>
        <source>a group cannot contain another group</source>
        <translation>字段组（group）内不能再嵌套字段组</translation>
    </message>
    <message>
        <source>expected &quot;instant&quot; or &quot;promised&quot;, found &quot;%1&quot;</source>
        <translation>应为“instant”（即办件）或“promised”（承诺件），实际为“%1”</translation>
    </message>
    <message>
        <source>the promised limit (%1 working days) exceeds the legal limit (%2)</source>
        <translation>承诺办结时限（%1 个工作日）超过法定办结时限（%2 个工作日）</translation>
    </message>
    <message>
        <source>the material id &quot;%1&quot; is used twice</source>
        <translation>材料编号“%1”重复使用</translation>
    </message>
    <message>
        <source>the code &quot;%1&quot; is listed twice</source>
        <translation>代码“%1”重复列出</translation>
    </message>
    <message>
        <source>the code table &quot;%1&quot; is missing</source>
        <translation>缺少代码表“%1”</translation>
    </message>
    <message>
        <source>the department code &quot;%1&quot; is listed twice</source>
        <translation>部门代码“%1”重复列出</translation>
    </message>
    <message>
        <source>The catalog package is not valid JSON (%1 at byte %2); the file may be truncated or damaged.</source>
        <translation>事项目录包不是有效的 JSON（第 %2 字节处：%1），文件可能不完整或已损坏。</translation>
    </message>
    <message>
        <source>The catalog package is not valid JSON (%1).</source>
        <translation>事项目录包不是有效的 JSON（%1）。</translation>
    </message>
    <message>
        <source>The catalog package is empty.</source>
        <translation>事项目录包为空。</translation>
    </message>
    <message>
        <source>This file is not a OneWindow catalog package.</source>
        <translation>该文件不是一窗通事项目录包。</translation>
    </message>
    <message>
        <source>The catalog package has format version %1; this OneWindow reads up to %2. Update OneWindow.</source>
        <translation>该事项目录包的格式版本为 %1，本版一窗通最高只能读取版本 %2。请升级一窗通。</translation>
    </message>
    <message>
        <source>expected &quot;full&quot; or &quot;delta&quot;, found &quot;%1&quot;</source>
        <translation>应为“full”（全量）或“delta”（增量），实际为“%1”</translation>
    </message>
    <message>
        <source>a delta must raise the version above its base version %1</source>
        <translation>增量包的版本号必须高于其基准版本 %1</translation>
    </message>
    <message>
        <source>the code is used by an earlier item too</source>
        <translation>该事项编码已被前面的事项使用</translation>
    </message>
    <message>
        <source>only a delta package can remove items</source>
        <translation>只有增量包可以撤销事项</translation>
    </message>
    <message>
        <source>the item %1 is both updated and removed</source>
        <translation>事项 %1 既被更新又被撤销</translation>
    </message>
</context>
<context>
    <name>OneWindow::Catalog::CatalogService</name>
    <message>
        <source>Catalog version %1 imported: %2 added, %3 updated, %4 withdrawn, %5 items in all.</source>
        <translation>已导入事项目录第 %1 版：新增 %2 项，更新 %3 项，撤销 %4 项，共 %5 项。</translation>
    </message>
</context>
<context>
    <name>OneWindow::Catalog::MaterialsModel</name>
    <message>
        <source>, </source>
        <extracomment>separator between material forms, e.g. 原件、复印件</extracomment>
        <translation>、</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Blank form: %1</source>
        <translation>空白表格：%1</translation>
    </message>
    <message>
        <source>Sample: %1</source>
        <translation>样例：%1</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>材料名称</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>材料形式</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>份数</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必要性</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Shown only</source>
        <extracomment>0 copies: the original is checked and handed back</extracomment>
        <translation>核验不收</translation>
    </message>
</context>
<context>
    <name>OneWindow::Intake</name>
    <message>
        <source>The item %1 is no longer in the catalog.</source>
        <translation>事项 %1 已不在目录中。</translation>
    </message>
    <message>
        <source>This document is not kept with the case.</source>
        <translation>该文书未随案件保存。</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>受理编号</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>办结期限</translation>
    </message>
    <message>
        <source>Unknown case status &quot;%1&quot;</source>
        <translation>未知的案件状态“%1”</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Waiting for materials</source>
        <translation>待补材料</translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <source>Discarded</source>
        <translation>已放弃</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>审查中</translation>
    </message>
    <message>
        <source>Correction requested</source>
        <translation>待补正</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>准予</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>不予许可</translation>
    </message>
    <message>
        <source>Result ready</source>
        <translation>待领取结果</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>已送达</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>A case cannot go from &quot;%1&quot; to &quot;%2&quot;.</source>
        <extracomment>%1 and %2 are case statuses, e.g. &quot;Draft&quot; and &quot;Approved&quot;</extracomment>
        <translation>案件不能从“%1”转为“%2”。</translation>
    </message>
    <message>
        <source>The case could not be saved: %1</source>
        <extracomment>%1 is the database&apos;s own error text</extracomment>
        <translation>案件无法保存：%1</translation>
    </message>
    <message>
        <source>Case %1 changed elsewhere or can no longer be edited; reopen it.</source>
        <translation>案件 %1 已在别处修改或已不可编辑，请重新打开。</translation>
    </message>
    <message>
        <source>The guide of item %1 (version %2) is not stored.</source>
        <translation>未保存事项 %1（第 %2 版）的办事指南。</translation>
    </message>
    <message>
        <source>No clock stop is running for this case.</source>
        <translation>该案件没有正在进行的不计时限期间。</translation>
    </message>
    <message>
        <source>The case could not be read: %1</source>
        <extracomment>%1 is the database&apos;s own error text</extracomment>
        <translation>案件无法读取：%1</translation>
    </message>
    <message>
        <source>No case with this identifier is stored.</source>
        <translation>没有该标识的案件。</translation>
    </message>
    <message>
        <source>Not provided</source>
        <translation>未提供</translation>
    </message>
    <message>
        <source>Does not meet the requirements</source>
        <translation>不符合要求</translation>
    </message>
    <message>
        <source>%1 copies required, %2 received</source>
        <extracomment>%1 copies required, %2 copies received</extracomment>
        <translation>应交 %1 份，实收 %2 份</translation>
    </message>
    <message>
        <source>To check</source>
        <translation>待核验</translation>
    </message>
    <message>
        <source>Original seen</source>
        <translation>原件已核验</translation>
    </message>
    <message>
        <source>Copy received</source>
        <translation>收复印件</translation>
    </message>
    <message>
        <source>Electronic</source>
        <translation>电子材料</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>缺少</translation>
    </message>
    <message>
        <source>Not acceptable</source>
        <translation>不符合要求</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>Does not apply</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <extracomment>copies received / copies asked by the guide</extracomment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>材料</translation>
    </message>
    <message>
        <source>Necessity</source>
        <translation>必要性</translation>
    </message>
    <message>
        <source>Provided as</source>
        <translation>提交形式</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>份数</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页数</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题说明</translation>
    </message>
    <message>
        <source>Saving the draft is taking longer than usual; it goes on in the background.</source>
        <translation>草稿保存比平时慢，正在后台继续保存。</translation>
    </message>
    <message>
        <source>The draft is not saved yet: %1. It is kept, and saving is tried again.</source>
        <extracomment>%1 is why the database refused the save (already translated, e.g. the disk is full)</extracomment>
        <translation>草稿尚未保存：%1。内容已保留，将再次尝试保存。</translation>
    </message>
    <message>
        <source>%1: a field needs a key, a label and a known type</source>
        <extracomment>%1 is a path in the form schema such as form.fields[3]</extracomment>
        <translation>%1：字段须有键名、标签和已知类型</translation>
    </message>
    <message>
        <source>%1 (%2): a choice needs options</source>
        <translation>%1（%2）：选择题须有选项</translation>
    </message>
    <message>
        <source>%1 (%2): groups cannot nest</source>
        <translation>%1（%2）：分组不能嵌套</translation>
    </message>
    <message>
        <source>Enter a number, such as 3 or 1250.50</source>
        <translation>请输入数字，例如 3 或 1250.50</translation>
    </message>
    <message>
        <source>Enter a date as YYYY-MM-DD, such as 2026-03-01</source>
        <translation>请按 年-月-日 输入日期，例如 2026-03-01</translation>
    </message>
    <message>
        <source>Choose one of the listed options</source>
        <translation>请从列出的选项中选择</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>The case is %1 and can no longer be changed at the window.</source>
        <translation>案件状态为“%1”，窗口已不能修改。</translation>
    </message>
    <message>
        <source>Enter the applicant&apos;s name: every notice is addressed to them.</source>
        <translation>请填写申请人姓名：所有通知书都要写明申请人。</translation>
    </message>
    <message>
        <source>Check every material first: %1.</source>
        <extracomment>%1 lists material names</extracomment>
        <translation>请先核验每一项材料：%1。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is a field label, %2 what is wrong with it</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n material(s) missing or not acceptable: give the one-time notice instead.</source>
        <translation>
            <numerusform>有 %n 项材料缺少或不符合要求：请出具一次性告知书。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is required and cannot be marked not applicable.</source>
        <translation>%1 是必要材料，不能标为不适用。</translation>
    </message>
    <message>
        <source>Nothing is missing: mark the missing or unacceptable materials first.</source>
        <translation>没有缺少的材料：请先标出缺少或不符合要求的材料。</translation>
    </message>
    <message>
        <source>calendar unavailable: no due date can be counted</source>
        <translation>日历不可用：无法计算办结期限</translation>
    </message>
    <message numerus="yes">
        <source>due %1, overdue by %n working day(s)</source>
        <extracomment>%1 due date, %n working days past it</extracomment>
        <translation>
            <numerusform>期限 %1，已超期 %n 个工作日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>due %1, %n working day(s) left</source>
        <extracomment>%1 due date, %n working days left</extracomment>
        <translation>
            <numerusform>期限 %1，剩余 %n 个工作日</numerusform>
        </translation>
    </message>
    <message>
        <source> (provisional: this year&apos;s holiday notice is not out yet)</source>
        <translation>（暂按法定节假日计算：本年度放假通知尚未发布）</translation>
    </message>
</context>
<context>
    <name>OneWindow::Printing</name>
    <message>
        <source>The QR code cannot be made: %1.</source>
        <extracomment>%1: the barcode library&apos;s own (English) reason</extracomment>
        <translation>无法生成二维码：%1。</translation>
    </message>
    <message>
        <source>The barcode for %1 cannot be made: %2.</source>
        <extracomment>%1: the case number; %2: the barcode library&apos;s own (English) reason</extracomment>
        <translation>无法为 %1 生成条形码：%2。</translation>
    </message>
    <message>
        <source>The hall template %1 cannot be read: %2.</source>
        <extracomment>%1: path of the hall template file; %2: the system&apos;s reason</extracomment>
        <translation>无法读取大厅模板 %1：%2。</translation>
    </message>
    <message>
        <source>The hall template %1 is not valid JSON: %2 (at byte %3).</source>
        <extracomment>%1: path of the hall template file; %2: the JSON parser&apos;s reason; %3: byte offset</extracomment>
        <translation>大厅模板 %1 不是有效的 JSON：%2（位于第 %3 字节）。</translation>
    </message>
    <message>
        <source>The hall template %1 must hold one JSON object.</source>
        <extracomment>%1: path of the hall template file</extracomment>
        <translation>大厅模板 %1 必须是一个 JSON 对象。</translation>
    </message>
    <message>
        <source>A notice cannot be printed without a case number.</source>
        <translation>缺少受理编号，无法打印通知书。</translation>
    </message>
    <message>
        <source>A notice cannot be printed without a document number.</source>
        <translation>缺少文号，无法打印通知书。</translation>
    </message>
    <message>
        <source>A refusal notice cannot be printed without the reason for the refusal.</source>
        <translation>缺少不予受理的理由，无法打印不予受理通知书。</translation>
    </message>
    <message>
        <source>The printer or the PDF file could not be opened.</source>
        <translation>无法打开打印机或 PDF 文件。</translation>
    </message>
    <message>
        <source>The notice could not be written to the printer or file.</source>
        <translation>无法将通知书写入打印机或文件。</translation>
    </message>
    <message>
        <source>The hall template %1 has format version %2; this program reads version %3.</source>
        <extracomment>%1: path of the hall template file; %2: its version; %3: the version this program reads</extracomment>
        <translation>大厅模板 %1 的格式版本为 %2，本程序只能读取版本 %3。</translation>
    </message>
    <message>
        <source>In the hall template %1, &quot;hall.lookupUrl&quot; must contain {number} and {code}.</source>
        <extracomment>%1: path of the hall template file. Keep hall.lookupUrl, {number} and {code} as they are</extracomment>
        <translation>大厅模板 %1 中，“hall.lookupUrl”必须包含 {number} 和 {code}。</translation>
    </message>
    <message>
        <source>In the hall template %1, the seal image %2 cannot be read.</source>
        <extracomment>%1: path of the hall template file; %2: path of the seal image</extracomment>
        <translation>大厅模板 %1 中的印章图片 %2 无法读取。</translation>
    </message>
    <message>
        <source>In the hall template %1, &quot;%2&quot; is missing or is not text.</source>
        <extracomment>%1: path of the hall template file; %2: the key, e.g. documents.refusal.appeal</extracomment>
        <translation>大厅模板 %1 中，“%2”缺失或不是文本。</translation>
    </message>
    <message>
        <source>In the hall template %1, &quot;%2&quot; uses the unknown placeholder {%3}.</source>
        <extracomment>%1: path of the hall template file; %2: the key; %3: the placeholder name</extracomment>
        <translation>大厅模板 %1 中，“%2”使用了未知的占位符 {%3}。</translation>
    </message>
</context>
<context>
    <name>OneWindow::Storage</name>
    <message>
        <source>Cannot store the file %1: %2</source>
        <translation>无法保存文件 %1：%2</translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation>无法创建文件夹</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>cannot move the file into place</source>
        <translation>无法将文件移到目标位置</translation>
    </message>
    <message>
        <source>%1 is not a SHA-256 hash.</source>
        <translation>%1 不是 SHA-256 哈希值。</translation>
    </message>
    <message>
        <source>The stored file %1 is missing.</source>
        <translation>已保存的文件 %1 缺失。</translation>
    </message>
    <message>
        <source>The stored file %1 is damaged.</source>
        <translation>已保存的文件 %1 已损坏。</translation>
    </message>
    <message>
        <source>Cannot create the data folder %1.</source>
        <translation>无法创建数据文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>无法打开数据库 %1：%2</translation>
    </message>
    <message>
        <source>The database %1 cannot use write-ahead logging.</source>
        <translation>数据库 %1 无法启用预写日志（WAL）。</translation>
    </message>
    <message>
        <source>The database cannot be read: %1</source>
        <translation>无法读取数据库：%1</translation>
    </message>
    <message>
        <source>The database has schema version %1, but this version of OneWindow knows only up to %2. Install the newer OneWindow.</source>
        <translation>数据库结构版本为 %1，而本版一窗通最高只支持版本 %2。请安装新版一窗通。</translation>
    </message>
    <message>
        <source>Upgrading the database to version %1 (%2) failed: %3</source>
        <translation>将数据库升级到版本 %1（%2）失败：%3</translation>
    </message>
</context>
<context>
    <name>OneWindow::Ui::AddressEditor</name>
    <message>
        <source>Province</source>
        <translation>省</translation>
    </message>
    <message>
        <source>City</source>
        <translation>市</translation>
    </message>
    <message>
        <source>District</source>
        <translation>区县</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>街道（乡镇）</translation>
    </message>
    <message>
        <source>Road, number, building, room</source>
        <translation>路名、门牌号、楼栋、房号</translation>
    </message>
</context>
<context>
    <name>OneWindow::Ui::CasesScreen</name>
    <message>
        <source>Case number, applicant name or ID number</source>
        <translation>受理编号、申请人姓名或证件号码</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Shortcut: %1</source>
        <extracomment>%1 is a keyboard shortcut, e.g. Alt+1</extracomment>
        <translation>快捷键：%1</translation>
    </message>
    <message>
        <source>No case matches in this period. Alt+3 searches all dates.</source>
        <translation>该时间段内没有匹配的案件。按 Alt+3 搜索全部日期。</translation>
    </message>
    <message>
        <source>No case matches. Search by the start of a case number or ID number, or by a name.</source>
        <translation>没有匹配的案件。可按受理编号或证件号码的开头，或按姓名搜索。</translation>
    </message>
    <message>
        <source>No cases today yet.</source>
        <translation>今天还没有案件。</translation>
    </message>
    <message>
        <source>No cases in this period.</source>
        <translation>该时间段内没有案件。</translation>
    </message>
    <message>
        <source>The newest %1 cases are shown; type more to narrow the search.</source>
        <translation>仅显示最新的 %1 个案件；请输入更多内容缩小范围。</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n 个案件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OneWindow::Ui::CatalogScreen</name>
    <message>
        <source>Search items: name, pinyin, initials or item code</source>
        <translation>搜索事项：名称、拼音、拼音首字母或事项编码</translation>
    </message>
    <message>
        <source>Loading the catalog…</source>
        <translation>正在加载事项目录…</translation>
    </message>
    <message>
        <source>City-wide</source>
        <translation>通办</translation>
    </message>
    <message>
        <source>Only items any window of the city accepts (Alt+T)</source>
        <translation>只显示全市任一窗口均可受理的事项（Alt+T）</translation>
    </message>
    <message>
        <source>Instant</source>
        <translation>即办</translation>
    </message>
    <message>
        <source>Only items handled on the spot (Alt+J)</source>
        <translation>只显示即办件（Alt+J）</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>全部部门</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>全部层级</translation>
    </message>
    <message>
        <source>No item matches. Try fewer characters or the pinyin initials.</source>
        <translation>没有匹配的事项。请减少字数，或改用拼音首字母。</translation>
    </message>
    <message>
        <source>%1 items match; the first %2 are shown.</source>
        <translation>共匹配 %1 项，仅显示前 %2 项。</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>共 %n 项</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OneWindow::Ui::ConnectionIndicator</name>
    <message>
        <source>No server configured: local catalog</source>
        <translation>未配置服务器：使用本地事项目录</translation>
    </message>
    <message numerus="yes">
        <source>Offline: %n item(s) waiting</source>
        <translation>
            <numerusform>离线：%n 项待同步</numerusform>
        </translation>
    </message>
    <message>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message numerus="yes">
        <source>Syncing: %n item(s) waiting</source>
        <translation>
            <numerusform>正在同步：%n 项待同步</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sync error: %n item(s) waiting</source>
        <translation>
            <numerusform>同步出错：%n 项待同步</numerusform>
        </translation>
    </message>
    <message>
        <source> · last sync %1</source>
        <translation> · 上次同步 %1</translation>
    </message>
</context>
<context>
    <name>OneWindow::Ui::FieldEditor</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>年-月-日</translation>
    </message>
    <message>
        <source>18 characters</source>
        <translation>18 位</translation>
    </message>
    <message>
        <source>18-character unified social credit code</source>
        <translation>18 位统一社会信用代码</translation>
    </message>
    <message>
        <source>Mobile or landline</source>
        <translation>手机或固定电话</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
</context>
<context>
    <name>OneWindow::Ui::GroupEditor</name>
    <message>
        <source>Add %1</source>
        <extracomment>%1 is the group&apos;s name, e.g. 家庭成员</extracomment>
        <translation>添加%1</translation>
    </message>
    <message>
        <source>Remove this entry</source>
        <translation>删除此条</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>%1 is the group&apos;s name, %2 the entry&apos;s number</extracomment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>OneWindow::Ui::GuideView</name>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n 个工作日</numerusform>
        </translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Choose an item to see its guide.</source>
        <translation>请选择事项以查看办事指南。</translation>
    </message>
    <message>
        <source>Review type</source>
        <translation>办件类型</translation>
    </message>
    <message>
        <source>Legal time limit</source>
        <translation>法定办结时限</translation>
    </message>
    <message>
        <source>Promised time limit</source>
        <translation>承诺办结时限</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>收费标准</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>服务方式</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>办理结果</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>办理地点</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>办理时间</translation>
    </message>
    <message>
        <source>Hotline</source>
        <translation>咨询电话</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>申请材料</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>办理流程</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>设定依据</translation>
    </message>
    <message>
        <source>:</source>
        <translation>：</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4</source>
        <extracomment>department · item code · item type · levels</extracomment>
        <translation>%1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Instant (handled on the spot)</source>
        <translation>即办件（当场办结）</translation>
    </message>
    <message>
        <source>Promised (handled within the limit)</source>
        <translation>承诺件（承诺时限内办结）</translation>
    </message>
    <message>
        <source>On the spot</source>
        <translation>当场办结</translation>
    </message>
    <message>
        <source>%1: %2 yuan</source>
        <extracomment>fee name, amount in yuan</extracomment>
        <translation>%1：%2 元</translation>
    </message>
    <message>
        <source>Free of charge</source>
        <translation>不收费</translation>
    </message>
    <message>
        <source>City-wide (any window)</source>
        <translation>全市通办（任一窗口）</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>可预约</translation>
    </message>
    <message>
        <source>Result by courier</source>
        <translation>结果可邮寄</translation>
    </message>
    <message>
        <source>Online application</source>
        <translation>网上可办</translation>
    </message>
    <message>
        <source>At the window only</source>
        <translation>仅限窗口办理</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>未载明</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>OneWindow::Ui::IntakeScreen</name>
    <message>
        <source>1 original · 2 copy · 3 electronic · 4 missing · 5 not acceptable · 6 not applicable · +/- copies · F2 problem</source>
        <translation>1 原件 · 2 复印件 · 3 电子 · 4 缺少 · 5 不符合要求 · 6 不适用 · +/- 份数 · F2 问题说明</translation>
    </message>
    <message>
        <source>Materials (Alt+2)</source>
        <translation>材料（Alt+2）</translation>
    </message>
    <message>
        <source>&amp;Accept (Ctrl+Enter)</source>
        <translation>受理(&amp;A)（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>One-time &amp;notice (Ctrl+Shift+M)</source>
        <translation>一次性告知(&amp;N)（Ctrl+Shift+M）</translation>
    </message>
    <message>
        <source>&amp;Refuse (Ctrl+Shift+R)</source>
        <translation>不予受理(&amp;R)（Ctrl+Shift+R）</translation>
    </message>
    <message>
        <source>&amp;Print again (Ctrl+P)</source>
        <translation>重新打印(&amp;P)（Ctrl+P）</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>The form cannot be built</source>
        <translation>无法生成表单</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) promised</source>
        <translation>
            <numerusform>承诺 %n 个工作日</numerusform>
        </translation>
    </message>
    <message>
        <source>Case %1 · %2 · %3</source>
        <translation>受理编号 %1 · %2 · %3</translation>
    </message>
    <message>
        <source>Before accepting: %1</source>
        <translation>受理前：%1</translation>
    </message>
    <message>
        <source>decided at once</source>
        <extracomment>%1 case number, %2 department, %3 review type and limit</extracomment>
        <translation>即办件</translation>
    </message>
</context>
<context>
    <name>OneWindow::Ui::MainWindow</name>
    <message>
        <source>OneWindow</source>
        <translation>一窗通</translation>
    </message>
    <message>
        <source>Catalog not imported</source>
        <translation>事项目录未导入</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Import catalog package…</source>
        <translation>导入事项目录包(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Item &amp;catalog</source>
        <translation>事项目录(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Search items</source>
        <translation>搜索事项(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About OneWindow</source>
        <translation>关于一窗通(&amp;A)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Import catalog package</source>
        <translation>导入事项目录包</translation>
    </message>
    <message>
        <source>Catalog packages (*.json)</source>
        <translation>事项目录包 (*.json)</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <source>Loading the catalog…</source>
        <translation>正在加载事项目录…</translation>
    </message>
    <message>
        <source>No catalog yet: import a catalog package (Ctrl+I).</source>
        <translation>尚无事项目录：请导入事项目录包（Ctrl+I）。</translation>
    </message>
    <message numerus="yes">
        <source>Catalog version %1 · %n item(s)</source>
        <extracomment>%1 is the catalog version, %n the number of items</extracomment>
        <translation>
            <numerusform>事项目录第 %1 版 · 共 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>About OneWindow</source>
        <translation>关于一窗通</translation>
    </message>
    <message>
        <source>&lt;h3&gt;OneWindow %1&lt;/h3&gt;&lt;p&gt;The comprehensive service window client: accept any item at any window, so the citizen comes only once.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;一窗通 %1&lt;/h3&gt;&lt;p&gt;综合窗口受理客户端：任一窗口受理任一事项，让群众只跑一次。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>界面语言(&amp;L)</translation>
    </message>
    <message>
        <source>The language changes when OneWindow is started again.</source>
        <translation>界面语言将在一窗通重新启动后生效。</translation>
    </message>
    <message>
        <source>Current &amp;case</source>
        <translation>当前案件(&amp;C)</translation>
    </message>
    <message>
        <source>Case &amp;list</source>
        <translation>案件列表(&amp;L)</translation>
    </message>
    <message>
        <source>The case cannot be opened</source>
        <translation>无法打开案件</translation>
    </message>
    <message>
        <source>Case %1: %2 issued</source>
        <extracomment>%1 is a case number, %2 a document number</extracomment>
        <translation>案件 %1：已出具 %2</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>未打印</translation>
    </message>
    <message>
        <source>%1
The notice is kept with the case; print it again with Ctrl+P.</source>
        <translation>%1
通知书已随案件保存，可按 Ctrl+P 重新打印。</translation>
    </message>
</context>
<context>
    <name>OneWindow::Ui::NoticePrinter</name>
    <message>
        <source>Print preview</source>
        <translation>打印预览</translation>
    </message>
    <message>
        <source>The PDF could not be saved to %1: %2.</source>
        <extracomment>%1: the file path; %2: the system&apos;s reason</extracomment>
        <translation>无法将 PDF 保存到 %1：%2。</translation>
    </message>
    <message>
        <source>Save notice as PDF</source>
        <translation>将通知书另存为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>打印</translation>
    </message>
</context>
<context>
    <name>OneWindow::Ui::RefusalDialog</name>
    <message>
        <source>Refuse the application</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <source>&amp;Reason (printed on the notice):</source>
        <translation>理由(&amp;R)（打印在通知书上）：</translation>
    </message>
    <message>
        <source>&amp;Legal basis (Space ticks a provision):</source>
        <translation>法律依据(&amp;L)（空格键勾选条款）：</translation>
    </message>
    <message>
        <source>Refuse and print the notice</source>
        <translation>不予受理并打印通知书</translation>
    </message>
</context>
<context>
    <name>OneWindow::Ui::ResultDelegate</name>
    <message>
        <source>Instant</source>
        <translation>即办</translation>
    </message>
    <message>
        <source>City-wide</source>
        <translation>通办</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>可预约</translation>
    </message>
    <message>
        <source>Courier</source>
        <translation>可邮寄</translation>
    </message>
</context>
<context>
    <name>OneWindow::Ui::TimelineView</name>
    <message>
        <source>Acceptance notice</source>
        <translation>受理通知书</translation>
    </message>
    <message>
        <source>One-time notice</source>
        <translation>一次性告知书</translation>
    </message>
    <message>
        <source>Refusal notice</source>
        <translation>不予受理通知书</translation>
    </message>
    <message>
        <source>Materials receipt</source>
        <translation>材料接收凭证</translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation>听证</translation>
    </message>
    <message>
        <source>Testing or inspection</source>
        <translation>检验、检测</translation>
    </message>
    <message>
        <source>Expert review</source>
        <translation>专家评审</translation>
    </message>
    <message>
        <source>by %1 at window %2, %3</source>
        <extracomment>%1 is a staff member&apos;s ID, %2 the window number, %3 the hall&apos;s code</extracomment>
        <translation>%1，%2号窗口，%3</translation>
    </message>
    <message>
        <source>Opens the case in the intake screen (Enter in the list)</source>
        <translation>在受理界面打开案件（在列表中按 Enter）</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>办结期限</translation>
    </message>
    <message>
        <source>History</source>
        <translation>办理记录</translation>
    </message>
    <message>
        <source>Clock stops</source>
        <translation>不计时限期间</translation>
    </message>
    <message>
        <source>Printed documents</source>
        <translation>已打印文书</translation>
    </message>
    <message>
        <source>Not set until the case is accepted</source>
        <translation>受理后确定</translation>
    </message>
    <message>
        <source>Reopen draft</source>
        <translation>重新打开草稿</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>打开案件</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Draft created</source>
        <translation>创建草稿</translation>
    </message>
    <message>
        <source>%1: %2 to %3</source>
        <extracomment>%1 is the kind of clock stop (e.g. &quot;Hearing&quot;), %2 and %3 are dates</extracomment>
        <translation>%1：%2 至 %3</translation>
    </message>
    <message>
        <source>%1: since %2, still running</source>
        <extracomment>%1 is the kind of clock stop (e.g. &quot;Hearing&quot;), %2 a date</extracomment>
        <translation>%1：自 %2 起，尚未结束</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>重新打印</translation>
    </message>
    <message>
        <source>Print %1 again</source>
        <extracomment>%1 is the document&apos;s number</extracomment>
        <translation>重新打印%1</translation>
    </message>
    <message>
        <source>Choose a case to see its timeline.</source>
        <translation>选择一个案件查看办理记录。</translation>
    </message>
</context>
<context>
    <name>OneWindow::Validation</name>
    <message>
        <source>Character %1 is the letter %2, which credit codes never use: did you mean %3?</source>
        <extracomment>%1 is a position (1 = first), %2 the letter I, O, S or Z, %3 the digit it looks like</extracomment>
        <translation>第 %1 位是字母 %2，统一社会信用代码不使用该字母：是否应为 %3？</translation>
    </message>
    <message>
        <source>Character %1 is the letter %2, which credit codes never use.</source>
        <extracomment>%1 is a position (1 = first), %2 the letter found (V)</extracomment>
        <translation>第 %1 位是字母 %2，统一社会信用代码不使用该字母。</translation>
    </message>
    <message>
        <source>Character %1 is &quot;%2&quot;: a credit code has only digits and capital letters.</source>
        <extracomment>%1 is a position (1 = first), %2 the character found there</extracomment>
        <translation>第 %1 位是“%2”：统一社会信用代码只含数字和大写字母。</translation>
    </message>
    <message>
        <source>The first character, %1, is not a registration authority&apos;s code (these are %2).</source>
        <extracomment>%1 is the first character entered, %2 the list of allowed codes (&quot;1 2 … A N Y&quot;)</extracomment>
        <translation>第 1 位“%1”不是登记管理部门代码（可用代码：%2）。</translation>
    </message>
    <message>
        <source>The second character, %1, is not an organisation category listed for codes that start with %2 (listed: %3): check the code against the licence.</source>
        <extracomment>%1 is the second character, %2 the first character, %3 the categories listed for it, e.g. &quot;1239&quot;</extracomment>
        <translation>第 2 位“%1”不是登记管理部门代码 %2 下公布的机构类别（已公布：%3）：请与执照核对。</translation>
    </message>
    <message>
        <source>Characters 3 to 8 are the region code and must be digits; this has %1.</source>
        <extracomment>%1 is characters 3 to 8 as entered</extracomment>
        <translation>第 3 至 8 位是行政区划码，只能是数字；此处为 %1。</translation>
    </message>
    <message>
        <source>The region code %1 (characters 3 to 8) is not in the current list of divisions: check the code against the licence.</source>
        <extracomment>%1 is characters 3 to 8, a region code</extracomment>
        <translation>行政区划码 %1（第 3 至 8 位）不在现行行政区划中：请与执照核对。</translation>
    </message>
    <message>
        <source>The organisation code %1 (characters 9 to 17) fails its own check: its last character should be %2. Check the code against the licence.</source>
        <extracomment>%1 is characters 9 to 17 (the organisation code), %2 the check character its first 8 call for</extracomment>
        <translation>组织机构代码 %1（第 9 至 17 位）未通过其自身校验：末位应为 %2。请与执照核对。</translation>
    </message>
    <message>
        <source>Enter the unified social credit code.</source>
        <translation>请输入统一社会信用代码。</translation>
    </message>
    <message>
        <source>Enter 18 characters; this has %1.</source>
        <extracomment>%1 is the number of characters entered</extracomment>
        <translation>应为 18 位，当前为 %1 位。</translation>
    </message>
    <message>
        <source>The check character should be %1, not %2. If the licence shows %2, another character was mistyped.</source>
        <extracomment>%1 is the check character the first 17 call for, %2 the last character entered</extracomment>
        <translation>校验码应为 %1，而不是 %2。如执照上确为 %2，说明其他某一位输入有误。</translation>
    </message>
    <message>
        <source>%1 is not the start of an area code: area codes are 010, 02X, or 0 and three digits from 0300 up.</source>
        <extracomment>%1 is the first digits entered</extracomment>
        <translation>%1 不是区号的开头：区号为 010、02X，或以 0 开头的四位数（0300 及以上）。</translation>
    </message>
    <message>
        <source>After the area code %1 a landline number has 8 digits; this has %2.</source>
        <extracomment>%1 is an area code, %2 the number of digits entered after it</extracomment>
        <translation>区号 %1 之后的固定电话号码应为 8 位，当前为 %2 位。</translation>
    </message>
    <message>
        <source>After the area code %1 a landline number has 7 or 8 digits; this has %2.</source>
        <extracomment>%1 is an area code, %2 the number of digits entered after it</extracomment>
        <translation>区号 %1 之后的固定电话号码应为 7 或 8 位，当前为 %2 位。</translation>
    </message>
    <message>
        <source>A landline number does not start with %2 after the area code %1.</source>
        <extracomment>%1 is an area code, %2 the digit that follows it</extracomment>
        <translation>区号 %1 之后的固定电话号码不能以 %2 开头。</translation>
    </message>
    <message>
        <source>Enter a phone number.</source>
        <translation>请输入电话号码。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be part of a phone number.</source>
        <extracomment>%1 is the character that was found</extracomment>
        <translation>电话号码中不能有“%1”。</translation>
    </message>
    <message>
        <source>The extension &quot;%1&quot; should be 1 to 6 digits.</source>
        <extracomment>%1 is the extension as entered</extracomment>
        <translation>分机号“%1”应为 1 至 6 位数字。</translation>
    </message>
    <message>
        <source>Only mainland China numbers (+86) can be entered here.</source>
        <translation>此处只能填写中国大陆号码（+86）。</translation>
    </message>
    <message>
        <source>A mobile number has no extension.</source>
        <translation>手机号码没有分机号。</translation>
    </message>
    <message>
        <source>A mobile number has 11 digits; this has %1.</source>
        <extracomment>%1 is the number of digits entered</extracomment>
        <translation>手机号码应为 11 位，当前为 %1 位。</translation>
    </message>
    <message>
        <source>A mobile number starts with 13 to 19; this starts with %1.</source>
        <extracomment>%1 is the first two digits entered</extracomment>
        <translation>手机号码以 13 至 19 开头，当前以 %1 开头。</translation>
    </message>
    <message>
        <source>400 and 800 numbers are company hotlines: enter the person&apos;s own mobile or landline number.</source>
        <translation>400、800 号码是企业热线：请填写本人的手机或固定电话号码。</translation>
    </message>
    <message>
        <source>Add the area code in front of the number, e.g. 020-12345678.</source>
        <translation>请在号码前加上区号，例如 020-12345678。</translation>
    </message>
    <message>
        <source>Enter the postal code.</source>
        <translation>请输入邮政编码。</translation>
    </message>
    <message>
        <source>A postal code has only digits; &quot;%1&quot; is not one.</source>
        <extracomment>%1 is the character found</extracomment>
        <translation>邮政编码只含数字，“%1”不是数字。</translation>
    </message>
    <message>
        <source>A postal code has 6 digits; this has %1.</source>
        <extracomment>%1 is the number of digits entered</extracomment>
        <translation>邮政编码应为 6 位，当前为 %1 位。</translation>
    </message>
    <message>
        <source>No postal zone starts with %1: check the postal code.</source>
        <extracomment>%1 is the first two digits entered</extracomment>
        <translation>没有以 %1 开头的邮区：请核对邮政编码。</translation>
    </message>
    <message>
        <source>Cannot read the division data %1: %2</source>
        <extracomment>%1 is a file path, %2 the system&apos;s reason</extracomment>
        <translation>无法读取行政区划数据 %1：%2</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <extracomment>%1 is a data file&apos;s path, %2 a line number in it</extracomment>
        <translation>%1 第 %2 行</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text.</source>
        <extracomment>%1 is a data file&apos;s path</extracomment>
        <translation>%1 不是 UTF-8 文本。</translation>
    </message>
    <message>
        <source>%1: expected a code, a parent code and a name separated by tabs.</source>
        <extracomment>%1 names the file and line</extracomment>
        <translation>%1：应为以制表符分隔的代码、上级代码和名称。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a division code (6 digits, or 9 for a street).</source>
        <extracomment>%1 names the file and line, %2 is the text found instead of a code</extracomment>
        <translation>%1：“%2”不是行政区划代码（应为 6 位，乡级为 9 位）。</translation>
    </message>
    <message>
        <source>%1: %2 is a province and has no parent; this line gives %3.</source>
        <extracomment>%1 names the file and line, %2 is a code, %3 the parent code the line gives</extracomment>
        <translation>%1：%2 是省级代码，没有上级；此行却给出 %3。</translation>
    </message>
    <message>
        <source>%1: the parent of %2 is %3, not &quot;%4&quot;.</source>
        <extracomment>%1 names the file and line, %2 is a code, %3 its parent, %4 the parent the line gives</extracomment>
        <translation>%1：%2 的上级应为 %3，而不是“%4”。</translation>
    </message>
    <message>
        <source>%1: the division %2 has no name.</source>
        <extracomment>%1 names the file and line, %2 is a division code</extracomment>
        <translation>%1：行政区划 %2 没有名称。</translation>
    </message>
    <message>
        <source>%1: unknown flag &quot;%2&quot; (p = placeholder, d = fictional).</source>
        <extracomment>%1 names the file and line, %2 is the flag found. Keep the letters p and d.</extracomment>
        <translation>%1：未知标记“%2”（p = 占位层级，d = 虚构）。</translation>
    </message>
    <message>
        <source>%1 contains no divisions.</source>
        <extracomment>%1 is the data file&apos;s path (or several, separated by commas)</extracomment>
        <translation>%1 中没有任何行政区划。</translation>
    </message>
    <message>
        <source>%1: the code %2 is already defined (%3).</source>
        <extracomment>%1 names the file and line, %2 is a code, %3 names where it was first defined</extracomment>
        <translation>%1：代码 %2 已定义过（%3）。</translation>
    </message>
    <message>
        <source>%1: the parent %2 of %3 is not in the data.</source>
        <extracomment>%1 names the file and line, %2 is the missing parent code, %3 the division&apos;s code</extracomment>
        <translation>%1：%3 的上级 %2 不在数据中。</translation>
    </message>
    <message>
        <source>A residence permit number of Hong Kong, Macao or Taiwan residents starts with %1; this one starts with %2.</source>
        <extracomment>%1 is 810000, 820000 or 830000, %2 the first six digits entered</extracomment>
        <translation>港澳台居民居住证号码以 %1 开头，此号码以 %2 开头。</translation>
    </message>
    <message>
        <source>No identity number starts with 71 (Taiwan): the residence permit of a Taiwan resident starts with 830000.</source>
        <translation>身份号码不以 71（台湾）开头：台湾居民居住证号码以 830000 开头。</translation>
    </message>
    <message>
        <source>The number starts with %1, which is not a province code.</source>
        <extracomment>%1 is the first two digits entered</extracomment>
        <translation>号码以 %1 开头，这不是省级行政区划代码。</translation>
    </message>
    <message>
        <source>The region code %1 is not in the current list of divisions: check it against the card. Numbers keep the codes of districts renamed or merged since they were issued.</source>
        <extracomment>%1 is the first six digits of the number</extracomment>
        <translation>地址码 %1 不在现行行政区划中：请与证件核对。发证后更名或合并的区县，其旧代码仍保留在号码中。</translation>
    </message>
    <message>
        <source>The date of birth %1 does not exist.</source>
        <extracomment>%1 is the eight digits of the date of birth as entered (YYYYMMDD)</extracomment>
        <translation>出生日期 %1 不存在。</translation>
    </message>
    <message>
        <source>The date of birth %1 is before 1900.</source>
        <extracomment>%1 is the eight digits of the date of birth as entered (YYYYMMDD)</extracomment>
        <translation>出生日期 %1 早于 1900 年。</translation>
    </message>
    <message>
        <source>The date of birth %1 is in the future.</source>
        <extracomment>%1 is the eight digits of the date of birth as entered (YYYYMMDD)</extracomment>
        <translation>出生日期 %1 晚于今天。</translation>
    </message>
    <message>
        <source>Enter the identity number.</source>
        <translation>请输入公民身份号码。</translation>
    </message>
    <message>
        <source>Character %1 is &quot;%2&quot;: an identity number has only digits, and X as its last character.</source>
        <extracomment>%1 is a position (1 = first character), %2 the character found there</extracomment>
        <translation>第 %1 位是“%2”：公民身份号码只含数字，末位可为 X。</translation>
    </message>
    <message>
        <source>This is a 15-digit number of a first-generation card, which is no longer valid: enter the 18-character number of the current card.</source>
        <translation>这是第一代身份证的 15 位号码，已停止使用：请输入现行身份证上的 18 位号码。</translation>
    </message>
    <message>
        <source>The check digit should be %1, not %2. If the card shows %2, another digit was mistyped.</source>
        <extracomment>%1 is the check character the digits call for, %2 the last character entered</extracomment>
        <translation>校验码应为 %1，而不是 %2。如证件上确为 %2，说明其他某一位输入有误。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>OneWindow cannot start</source>
        <translation>一窗通无法启动</translation>
    </message>
    <message>
        <source>Window staff</source>
        <translation>窗口工作人员</translation>
    </message>
</context>
</TS>
