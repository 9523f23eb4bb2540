<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>OneWindow::Calendar</name>
    <message>
        <source>The calendar of %1 lists no holidays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A holiday of %1 has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The holiday &quot;%1&quot; has no valid dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The holiday &quot;%1&quot; ends on %2, before it starts on %3.</source>
        <extracomment>%1 holiday name, %2 and %3 dates (YYYY-MM-DD)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The holiday &quot;%1&quot; (%2 to %3) lies outside the year %4.</source>
        <extracomment>%1 holiday name, %2 and %3 dates (YYYY-MM-DD), %4 the year</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The holidays &quot;%1&quot; and &quot;%2&quot; overlap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An adjusted working day of %1 is not a valid date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The adjusted working day %1 lies outside the year %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The adjusted working day %1 is not a Saturday or Sunday.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The adjusted working day %1 is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The adjusted working day %1 falls inside the holiday &quot;%2&quot;.</source>
        <extracomment>%1 a date (YYYY-MM-DD), %2 holiday name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar year %1 is not between %2 and %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar of %1 does not name its source: the notice&apos;s title and the date it was published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar data is not valid JSON: %1 (at byte %2).</source>
        <extracomment>%1 the JSON parser&apos;s message (English), %2 a byte offset</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar data is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This calendar data is format version %1; this program reads version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarantine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appraisal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expert review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A clock stop (%1) has no valid dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A clock stop (%1) ends on %2, before it starts on %3.</source>
        <extracomment>%1 kind of stop (hearing, testing...), %2 and %3 dates (YYYY-MM-DD)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working days can only be counted between valid dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deadline needs a valid acceptance date and a valid date for today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A time limit cannot be negative (%1 working days).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar field &quot;%1&quot; is missing or is not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar field &quot;%1&quot; is missing or is not a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar field &quot;%1&quot; is missing or is not text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar field &quot;%1&quot; is missing or is not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar field &quot;%1&quot; holds &quot;%2&quot;, which is not a date written as YYYY-MM-DD.</source>
        <extracomment>%1 the field&apos;s path in the JSON (holidays[2].from), %2 what it holds</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Chinese lunar calendar is not available for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no lunar month %1, day %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first day of lunar month %1 in %2 cannot be calculated with certainty.</source>
        <extracomment>%1 lunar month number (1-12), %2 the year</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The holiday rule &quot;%1&quot; is not understood.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The holiday law&apos;s data is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The holidays of %1 cannot be calculated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no holiday data for %1, and the holiday law in force applies from %2 only.</source>
        <extracomment>%1 and %2 years</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The holidays of %1 cannot be calculated: the calendar reaches %2 at most.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar file %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <name>OneWindow::Intake</name>
    <message>
        <source>The item %1 is no longer in the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This document is not kept with the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown case status &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for materials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case cannot go from &quot;%1&quot; to &quot;%2&quot;.</source>
        <extracomment>%1 and %2 are case statuses, e.g. &quot;Draft&quot; and &quot;Approved&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case could not be saved: %1</source>
        <extracomment>%1 is the database&apos;s own error text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 changed elsewhere or can no longer be edited; reopen it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guide of item %1 (version %2) is not stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clock stop is running for this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case could not be read: %1</source>
        <extracomment>%1 is the database&apos;s own error text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case with this identifier is stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not provided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not meet the requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 copies required, %2 received</source>
        <extracomment>%1 copies required, %2 copies received</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electronic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not acceptable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <extracomment>copies received / copies asked by the guide</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Material</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Necessity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provided as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the draft is taking longer than usual; it goes on in the background.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft is not saved yet: %1. It is kept, and saving is tried again.</source>
        <extracomment>%1 is why the database refused the save (already translated, e.g. the disk is full)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a field needs a key, a label and a known type</source>
        <extracomment>%1 is a path in the form schema such as form.fields[3]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): a choice needs options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): groups cannot nest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a number, such as 3 or 1250.50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a date as YYYY-MM-DD, such as 2026-03-01</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of the listed options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case is %1 and can no longer be changed at the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the applicant&apos;s name: every notice is addressed to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check every material first: %1.</source>
        <extracomment>%1 lists material names</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is a field label, %2 what is wrong with it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n material(s) missing or not acceptable: give the one-time notice instead.</source>
        <translation>
            <numerusform>%n material missing or not acceptable: give the one-time notice instead.</numerusform>
            <numerusform>%n materials missing or not acceptable: give the one-time notice instead.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is required and cannot be marked not applicable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is missing: mark the missing or unacceptable materials first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calendar unavailable: no due date can be counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>due %1, overdue by %n working day(s)</source>
        <extracomment>%1 due date, %n working days past it</extracomment>
        <translation>
            <numerusform>due %1, overdue by %n working day</numerusform>
            <numerusform>due %1, overdue by %n working days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>due %1, %n working day(s) left</source>
        <extracomment>%1 due date, %n working days left</extracomment>
        <translation>
            <numerusform>due %1, %n working day left</numerusform>
            <numerusform>due %1, %n working days left</numerusform>
        </translation>
    </message>
    <message>
        <source> (provisional: this year&apos;s holiday notice is not out yet)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OneWindow::Printing</name>
    <message>
        <source>The QR code cannot be made: %1.</source>
        <extracomment>%1: the barcode library&apos;s own (English) reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The barcode for %1 cannot be made: %2.</source>
        <extracomment>%1: the case number; %2: the barcode library&apos;s own (English) reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hall template %1 cannot be read: %2.</source>
        <extracomment>%1: path of the hall template file; %2: the system&apos;s reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hall template %1 is not valid JSON: %2 (at byte %3).</source>
        <extracomment>%1: path of the hall template file; %2: the JSON parser&apos;s reason; %3: byte offset</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hall template %1 must hold one JSON object.</source>
        <extracomment>%1: path of the hall template file</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A notice cannot be printed without a case number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A notice cannot be printed without a document number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A refusal notice cannot be printed without the reason for the refusal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer or the PDF file could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notice could not be written to the printer or file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hall template %1 has format version %2; this program reads version %3.</source>
        <extracomment>%1: path of the hall template file; %2: its version; %3: the version this program reads</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the hall template %1, &quot;hall.lookupUrl&quot; must contain {number} and {code}.</source>
        <extracomment>%1: path of the hall template file. Keep hall.lookupUrl, {number} and {code} as they are</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the hall template %1, the seal image %2 cannot be read.</source>
        <extracomment>%1: path of the hall template file; %2: path of the seal image</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the hall template %1, &quot;%2&quot; is missing or is not text.</source>
        <extracomment>%1: path of the hall template file; %2: the key, e.g. documents.refusal.appeal</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the hall template %1, &quot;%2&quot; uses the unknown placeholder {%3}.</source>
        <extracomment>%1: path of the hall template file; %2: the key; %3: the placeholder name</extracomment>
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
    <name>OneWindow::Ui::AddressEditor</name>
    <message>
        <source>Province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Road, number, building, room</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OneWindow::Ui::CasesScreen</name>
    <message>
        <source>Case number, applicant name or ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut: %1</source>
        <extracomment>%1 is a keyboard shortcut, e.g. Alt+1</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case matches in this period. Alt+3 searches all dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case matches. Search by the start of a case number or ID number, or by a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cases today yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cases in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest %1 cases are shown; type more to narrow the search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
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
    <name>OneWindow::Ui::FieldEditor</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>18 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>18-character unified social credit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile or landline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OneWindow::Ui::GroupEditor</name>
    <message>
        <source>Add %1</source>
        <extracomment>%1 is the group&apos;s name, e.g. 家庭成员</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>%1 is the group&apos;s name, %2 the entry&apos;s number</extracomment>
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
    <name>OneWindow::Ui::IntakeScreen</name>
    <message>
        <source>1 original · 2 copy · 3 electronic · 4 missing · 5 not acceptable · 6 not applicable · +/- copies · F2 problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Materials (Alt+2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-time &amp;notice (Ctrl+Shift+M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refuse (Ctrl+Shift+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print again (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form cannot be built</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) promised</source>
        <translation>
            <numerusform>%n working day promised</numerusform>
            <numerusform>%n working days promised</numerusform>
        </translation>
    </message>
    <message>
        <source>Case %1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before accepting: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decided at once</source>
        <extracomment>%1 case number, %2 department, %3 review type and limit</extracomment>
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
    <message>
        <source>Current &amp;case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case &amp;list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1: %2 issued</source>
        <extracomment>%1 is a case number, %2 a document number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
The notice is kept with the case; print it again with Ctrl+P.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OneWindow::Ui::NoticePrinter</name>
    <message>
        <source>Print preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be saved to %1: %2.</source>
        <extracomment>%1: the file path; %2: the system&apos;s reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save notice as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OneWindow::Ui::RefusalDialog</name>
    <message>
        <source>Refuse the application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason (printed on the notice):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Legal basis (Space ticks a provision):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse and print the notice</source>
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
    <name>OneWindow::Ui::TimelineView</name>
    <message>
        <source>Acceptance notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-time notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusal notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Materials receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing or inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expert review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by %1 at window %2, %3</source>
        <extracomment>%1 is a staff member&apos;s ID, %2 the window number, %3 the hall&apos;s code</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the case in the intake screen (Enter in the list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock stops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set until the case is accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 to %3</source>
        <extracomment>%1 is the kind of clock stop (e.g. &quot;Hearing&quot;), %2 and %3 are dates</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: since %2, still running</source>
        <extracomment>%1 is the kind of clock stop (e.g. &quot;Hearing&quot;), %2 a date</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print %1 again</source>
        <extracomment>%1 is the document&apos;s number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a case to see its timeline.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OneWindow::Validation</name>
    <message>
        <source>Character %1 is the letter %2, which credit codes never use: did you mean %3?</source>
        <extracomment>%1 is a position (1 = first), %2 the letter I, O, S or Z, %3 the digit it looks like</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Character %1 is the letter %2, which credit codes never use.</source>
        <extracomment>%1 is a position (1 = first), %2 the letter found (V)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Character %1 is &quot;%2&quot;: a credit code has only digits and capital letters.</source>
        <extracomment>%1 is a position (1 = first), %2 the character found there</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first character, %1, is not a registration authority&apos;s code (these are %2).</source>
        <extracomment>%1 is the first character entered, %2 the list of allowed codes (&quot;1 2 … A N Y&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The second character, %1, is not an organisation category listed for codes that start with %2 (listed: %3): check the code against the licence.</source>
        <extracomment>%1 is the second character, %2 the first character, %3 the categories listed for it, e.g. &quot;1239&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Characters 3 to 8 are the region code and must be digits; this has %1.</source>
        <extracomment>%1 is characters 3 to 8 as entered</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The region code %1 (characters 3 to 8) is not in the current list of divisions: check the code against the licence.</source>
        <extracomment>%1 is characters 3 to 8, a region code</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation code %1 (characters 9 to 17) fails its own check: its last character should be %2. Check the code against the licence.</source>
        <extracomment>%1 is characters 9 to 17 (the organisation code), %2 the check character its first 8 call for</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the unified social credit code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter 18 characters; this has %1.</source>
        <extracomment>%1 is the number of characters entered</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check character should be %1, not %2. If the licence shows %2, another character was mistyped.</source>
        <extracomment>%1 is the check character the first 17 call for, %2 the last character entered</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not the start of an area code: area codes are 010, 02X, or 0 and three digits from 0300 up.</source>
        <extracomment>%1 is the first digits entered</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the area code %1 a landline number has 8 digits; this has %2.</source>
        <extracomment>%1 is an area code, %2 the number of digits entered after it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the area code %1 a landline number has 7 or 8 digits; this has %2.</source>
        <extracomment>%1 is an area code, %2 the number of digits entered after it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A landline number does not start with %2 after the area code %1.</source>
        <extracomment>%1 is an area code, %2 the digit that follows it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be part of a phone number.</source>
        <extracomment>%1 is the character that was found</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The extension &quot;%1&quot; should be 1 to 6 digits.</source>
        <extracomment>%1 is the extension as entered</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only mainland China numbers (+86) can be entered here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mobile number has no extension.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mobile number has 11 digits; this has %1.</source>
        <extracomment>%1 is the number of digits entered</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mobile number starts with 13 to 19; this starts with %1.</source>
        <extracomment>%1 is the first two digits entered</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>400 and 800 numbers are company hotlines: enter the person&apos;s own mobile or landline number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the area code in front of the number, e.g. 020-12345678.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the postal code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A postal code has only digits; &quot;%1&quot; is not one.</source>
        <extracomment>%1 is the character found</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A postal code has 6 digits; this has %1.</source>
        <extracomment>%1 is the number of digits entered</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No postal zone starts with %1: check the postal code.</source>
        <extracomment>%1 is the first two digits entered</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the division data %1: %2</source>
        <extracomment>%1 is a file path, %2 the system&apos;s reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <extracomment>%1 is a data file&apos;s path, %2 a line number in it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text.</source>
        <extracomment>%1 is a data file&apos;s path</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected a code, a parent code and a name separated by tabs.</source>
        <extracomment>%1 names the file and line</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a division code (6 digits, or 9 for a street).</source>
        <extracomment>%1 names the file and line, %2 is the text found instead of a code</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is a province and has no parent; this line gives %3.</source>
        <extracomment>%1 names the file and line, %2 is a code, %3 the parent code the line gives</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the parent of %2 is %3, not &quot;%4&quot;.</source>
        <extracomment>%1 names the file and line, %2 is a code, %3 its parent, %4 the parent the line gives</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the division %2 has no name.</source>
        <extracomment>%1 names the file and line, %2 is a division code</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown flag &quot;%2&quot; (p = placeholder, d = fictional).</source>
        <extracomment>%1 names the file and line, %2 is the flag found. Keep the letters p and d.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contains no divisions.</source>
        <extracomment>%1 is the data file&apos;s path (or several, separated by commas)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the code %2 is already defined (%3).</source>
        <extracomment>%1 names the file and line, %2 is a code, %3 names where it was first defined</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the parent %2 of %3 is not in the data.</source>
        <extracomment>%1 names the file and line, %2 is the missing parent code, %3 the division&apos;s code</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A residence permit number of Hong Kong, Macao or Taiwan residents starts with %1; this one starts with %2.</source>
        <extracomment>%1 is 810000, 820000 or 830000, %2 the first six digits entered</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No identity number starts with 71 (Taiwan): the residence permit of a Taiwan resident starts with 830000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number starts with %1, which is not a province code.</source>
        <extracomment>%1 is the first two digits entered</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The region code %1 is not in the current list of divisions: check it against the card. Numbers keep the codes of districts renamed or merged since they were issued.</source>
        <extracomment>%1 is the first six digits of the number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of birth %1 does not exist.</source>
        <extracomment>%1 is the eight digits of the date of birth as entered (YYYYMMDD)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of birth %1 is before 1900.</source>
        <extracomment>%1 is the eight digits of the date of birth as entered (YYYYMMDD)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of birth %1 is in the future.</source>
        <extracomment>%1 is the eight digits of the date of birth as entered (YYYYMMDD)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the identity number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Character %1 is &quot;%2&quot;: an identity number has only digits, and X as its last character.</source>
        <extracomment>%1 is a position (1 = first character), %2 the character found there</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a 15-digit number of a first-generation card, which is no longer valid: enter the 18-character number of the current card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check digit should be %1, not %2. If the card shows %2, another digit was mistyped.</source>
        <extracomment>%1 is the check character the digits call for, %2 the last character entered</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>OneWindow cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window staff</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
