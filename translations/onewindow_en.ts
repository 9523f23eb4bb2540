<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>OneWindow::Catalog</name>
    <message>
        <source>The item %1 is no longer in the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the catalog failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 (%2 %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, field department: the department &quot;%2&quot; is not in the package&apos;s department list.</source>
        <extracomment>%1 names the item, %2 is a department code</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, field %2: the code &quot;%3&quot; is not in the code table &quot;%4&quot;.</source>
        <extracomment>%1 names the item, %2 the field, %3 the code, %4 the code table</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package holds catalog version %1, older than version %2 on this window; it was not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The delta package applies to catalog version %1, but this window has version %2. Import a full package or the deltas in between.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog package, field removed: the item %1 is not in the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the catalog package %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored guide cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog package could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 (%2), field %3: %4.</source>
        <extracomment>%1 is the item&apos;s number in the package, %2 its code and name, %3 the field path, %4 the problem</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog package, field %1: %2.</source>
        <extracomment>%1 is the field path in the package, %2 the problem</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an array, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required, but missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a string, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a whole number, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be at least %1, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected true or false, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must list at least one entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 characters, at most %2 allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid field key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field type &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a group cannot contain another group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;instant&quot; or &quot;promised&quot;, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the promised limit (%1 working days) exceeds the legal limit (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the material id &quot;%1&quot; is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the code &quot;%1&quot; is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the code table &quot;%1&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the department code &quot;%1&quot; is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog package is not valid JSON (%1 at byte %2); the file may be truncated or damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog package is not valid JSON (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog package is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a OneWindow catalog package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog package has format version %1; this OneWindow reads up to %2. Update OneWindow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;full&quot; or &quot;delta&quot;, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a delta must raise the version above its base version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the code is used by an earlier item too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a delta package can remove items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the item %1 is both updated and removed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OneWindow::Catalog::CatalogService</name>
    <message>
        <source>Catalog version %1 imported: %2 added, %3 updated, %4 withdrawn, %5 items in all.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OneWindow::Catalog::MaterialsModel</name>
    <message>
        <source>, </source>
        <extracomment>separator between material forms, e.g. 原件、复印件</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blank form: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Material</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown only</source>
        <extracomment>0 copies: the original is checked and handed back</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OneWindow::Storage</name>
    <message>
        <source>Cannot store the file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot move the file into place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a SHA-256 hash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored file %1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored file %1 is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the data folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 cannot use write-ahead logging.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database has schema version %1, but this version of OneWindow knows only up to %2. Install the newer OneWindow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the database to version %1 (%2) failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OneWindow::Ui::CatalogScreen</name>
    <message>
        <source>Search items: name, pinyin, initials or item code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the catalog…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City-wide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only items any window of the city accepts (Alt+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only items handled on the spot (Alt+J)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No item matches. Try fewer characters or the pinyin initials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 items match; the first %2 are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OneWindow::Ui::ConnectionIndicator</name>
    <message>
        <source>No server configured: local catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Offline: %n item(s) waiting</source>
        <translation>
            <numerusform>Offline: %n item waiting</numerusform>
            <numerusform>Offline: %n items waiting</numerusform>
        </translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Syncing: %n item(s) waiting</source>
        <translation>
            <numerusform>Syncing: %n item waiting</numerusform>
            <numerusform>Syncing: %n items waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sync error: %n item(s) waiting</source>
        <translation>
            <numerusform>Sync error: %n item waiting</numerusform>
            <numerusform>Sync error: %n items waiting</numerusform>
        </translation>
    </message>
    <message>
        <source> · last sync %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OneWindow::Ui::GuideView</name>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n working day</numerusform>
            <numerusform>%n working days</numerusform>
        </translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an item to see its guide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal time limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promised time limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hotline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Materials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4</source>
        <extracomment>department · item code · item type · levels</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instant (handled on the spot)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promised (handled within the limit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the spot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 yuan</source>
        <extracomment>fee name, amount in yuan</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free of charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City-wide (any window)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result by courier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the window only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OneWindow::Ui::MainWindow</name>
    <message>
        <source>OneWindow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import catalog package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item &amp;catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About OneWindow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import catalog package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog packages (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the catalog…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No catalog yet: import a catalog package (Ctrl+I).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Catalog version %1 · %n item(s)</source>
        <extracomment>%1 is the catalog version, %n the number of items</extracomment>
        <translation>
            <numerusform>Catalog version %1 · %n item</numerusform>
            <numerusform>Catalog version %1 · %n items</numerusform>
        </translation>
    </message>
    <message>
        <source>About OneWindow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;OneWindow %1&lt;/h3&gt;&lt;p&gt;The comprehensive service window client: accept any item at any window, so the citizen comes only once.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language changes when OneWindow is started again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OneWindow::Ui::ResultDelegate</name>
    <message>
        <source>Instant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City-wide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Courier</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>OneWindow cannot start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
