<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
    <name>main</name>
    <message>
        <source>OneWindow cannot start</source>
        <translation>一窗通无法启动</translation>
    </message>
</context>
</TS>
