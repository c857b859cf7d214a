<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>FivetranDebugJob</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The fivetran command is not installed (pip install fivetran-connector-sdk).</source>
        <translation>Der Befehl fivetran ist nicht installiert (pip install fivetran-connector-sdk).</translation>
    </message>
    <message>
        <source>The project could not be exported to %1: %2</source>
        <translation>Das Projekt konnte nicht nach %1 exportiert werden: %2</translation>
    </message>
    <message>
        <source>Cannot write the configuration for fivetran debug: %1</source>
        <translation>Die Konfiguration für fivetran debug kann nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>cw::AddEndpointDialog</name>
    <message>
        <source>Add Endpoint</source>
        <translation>Endpunkt hinzufügen</translation>
    </message>
    <message>
        <source>/customers/{customer_id}/orders</source>
        <translation>/customers/{customer_id}/orders</translation>
    </message>
    <message>
        <source>derived from the path</source>
        <translation>aus dem Pfad abgeleitet</translation>
    </message>
    <message>
        <source>&amp;Method</source>
        <translation>&amp;Methode</translation>
    </message>
    <message>
        <source>&amp;Path</source>
        <translation>&amp;Pfad</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <translation>&amp;Gruppe</translation>
    </message>
</context>
<context>
    <name>cw::Autosaver</name>
    <message>
        <source>Cannot create the autosave folder %1.</source>
        <translation>Der Ordner für automatische Sicherungen %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot lock the autosave slot in %1.</source>
        <translation>Der Platz für die automatische Sicherung in %1 kann nicht gesperrt werden.</translation>
    </message>
    <message>
        <source>Cannot write the autosave copy to %1: %2</source>
        <translation>Die automatische Sicherungskopie kann nicht nach %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The autosaved copy %1 cannot be read: %2</source>
        <translation>Die automatisch gesicherte Kopie %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Recover Unsaved Changes</source>
        <translation>Nicht gespeicherte Änderungen wiederherstellen</translation>
    </message>
</context>
<context>
    <name>cw::CheckpointModel</name>
    <message>
        <source>%1 upserts</source>
        <translation>%1 Upserts</translation>
    </message>
    <message>
        <source>%1 updates</source>
        <translation>%1 Aktualisierungen</translation>
    </message>
    <message>
        <source>%1 deletes</source>
        <translation>%1 Löschungen</translation>
    </message>
    <message>
        <source>%1 truncates</source>
        <translation>%1 Leerungen</translation>
    </message>
    <message>
        <source>%1 schema changes</source>
        <translation>%1 Schemaänderungen</translation>
    </message>
    <message>
        <source>(state unchanged)</source>
        <translation>(Status unverändert)</translation>
    </message>
    <message>
        <source>#</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>Stream</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Operationen</translation>
    </message>
    <message>
        <source>State change</source>
        <translation>Statusänderung</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>cw::CodePane</name>
    <message>
        <source>Review Changes…</source>
        <translation>Änderungen prüfen …</translation>
    </message>
    <message>
        <source>Generated connector.py</source>
        <translation>Erzeugte connector.py</translation>
    </message>
    <message>
        <source>Project file</source>
        <translation>Projektdatei</translation>
    </message>
    <message>
        <source>The mapping changed since you edited the code: see how the newly generated code differs from yours, then keep your edits or take the new code</source>
        <translation>Das Mapping hat sich geändert, seit Sie den Code bearbeitet haben: Sehen Sie sich an, wie sich der neu erzeugte Code von Ihrem unterscheidet, und behalten Sie dann Ihre Änderungen oder übernehmen Sie den neuen Code</translation>
    </message>
    <message>
        <source>Regenerated connector.py</source>
        <translation>Neu erzeugte connector.py</translation>
    </message>
    <message>
        <source>connector.py (your edits)</source>
        <translation>connector.py (Ihre Änderungen)</translation>
    </message>
    <message>
        <source>connector.py (generated)</source>
        <translation>connector.py (erzeugt)</translation>
    </message>
    <message>
        <source>The mapping changed after you edited the code. Lines with - are yours, lines with + the newly generated ones.</source>
        <translation>Das Mapping hat sich geändert, nachdem Sie den Code bearbeitet haben. Zeilen mit - stammen von Ihnen, Zeilen mit + sind neu erzeugt.</translation>
    </message>
    <message>
        <source>&amp;Replace My Edits</source>
        <translation>Meine Änderungen &amp;ersetzen</translation>
    </message>
    <message>
        <source>&amp;Keep My Edits</source>
        <translation>Meine Änderungen &amp;behalten</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Edited by you.&lt;/b&gt; The mapping changed since; your code is kept until you review the difference.</source>
        <translation>&lt;b&gt;Von Ihnen bearbeitet.&lt;/b&gt; Das Mapping hat sich seitdem geändert; Ihr Code bleibt erhalten, bis Sie den Unterschied geprüft haben.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Edited by you.&lt;/b&gt; Later mapping changes will not overwrite it without asking.</source>
        <translation>&lt;b&gt;Von Ihnen bearbeitet.&lt;/b&gt; Spätere Mapping-Änderungen überschreiben ihn nicht ohne Rückfrage.</translation>
    </message>
    <message>
        <source>Generating connector.py…</source>
        <translation>connector.py wird erzeugt …</translation>
    </message>
    <message>
        <source>Generated connector.py for the Fivetran Connector SDK; it follows every mapping edit.</source>
        <translation>Erzeugte connector.py für das Fivetran Connector SDK; sie folgt jeder Änderung am Mapping.</translation>
    </message>
    <message>
        <source>Syntax error, %1</source>
        <translation>Syntaxfehler, %1</translation>
    </message>
    <message>
        <source>Code files</source>
        <translation>Code-Dateien</translation>
    </message>
</context>
<context>
    <name>cw::ConfigurationDialog</name>
    <message>
        <source>Configuration of %1</source>
        <translation>Konfiguration von %1</translation>
    </message>
    <message>
        <source>This project has no configuration fields.</source>
        <translation>Dieses Projekt hat keine Konfigurationsfelder.</translation>
    </message>
    <message>
        <source>secret: never written to the project file</source>
        <translation>geheim: wird nie in die Projektdatei geschrieben</translation>
    </message>
    <message>
        <source>Secret values are kept in memory for this session only.</source>
        <translation>Geheime Werte bleiben nur für diese Sitzung im Speicher.</translation>
    </message>
    <message>
        <source>Keep secret values in a file only I can read (%1)</source>
        <translation>Geheime Werte in einer Datei aufbewahren, die nur ich lesen kann (%1)</translation>
    </message>
    <message>
        <source>Looking for the system keychain…</source>
        <translation>Schlüsselbund des Systems wird gesucht …</translation>
    </message>
    <message>
        <source>Secret values go to the system keychain when the project is saved.</source>
        <translation>Geheime Werte kommen beim Speichern des Projekts in den Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>Secret values are kept in the system keychain.</source>
        <translation>Geheime Werte werden im Schlüsselbund des Systems aufbewahrt.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No keychain service is running&lt;/b&gt; (%1). Secret values stay in memory for this session only, unless you keep them in a file below.</source>
        <translation>&lt;b&gt;Es läuft kein Schlüsselbund-Dienst&lt;/b&gt; (%1). Geheime Werte bleiben nur für diese Sitzung im Speicher, es sei denn, Sie bewahren sie unten in einer Datei auf.</translation>
    </message>
</context>
<context>
    <name>cw::ConnectionDialog</name>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Headers sent with every request</source>
        <translation>Header, die mit jeder Anfrage gesendet werden</translation>
    </message>
    <message>
        <source>Verify TLS certificates</source>
        <translation>TLS-Zertifikate prüfen</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Geheim</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standardwert</translation>
    </message>
    <message>
        <source>Configuration fields</source>
        <translation>Konfigurationsfelder</translation>
    </message>
    <message>
        <source>Connection and Auth of %1</source>
        <translation>Verbindung und Authentifizierung von %1</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>https://api.example.com/v1 or {{ config.base_url }}</source>
        <translation>https://api.example.com/v1 oder {{ config.base_url }}</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <source>Headers sent with every request (values may use {{ config.key }}):</source>
        <translation>Header, die mit jeder Anfrage gesendet werden (Werte dürfen {{ config.key }} verwenden):</translation>
    </message>
    <message>
        <source>Add Header</source>
        <translation>Header hinzufügen</translation>
    </message>
    <message>
        <source>Remove Header</source>
        <translation>Header entfernen</translation>
    </message>
    <message>
        <source>Turn off only for a test server with a self-signed certificate: the warning stays visible while it is off</source>
        <translation>Nur für einen Testserver mit selbstsigniertem Zertifikat ausschalten: Solange sie aus ist, bleibt die Warnung sichtbar</translation>
    </message>
    <message>
        <source>⚠ TLS verification off: anyone on the network path can read and change this project&apos;s traffic, credentials included.</source>
        <translation>⚠ TLS-Prüfung aus: Jeder auf dem Netzwerkpfad kann den Datenverkehr dieses Projekts mitlesen und verändern, Zugangsdaten eingeschlossen.</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <source>Authentication scheme</source>
        <translation>Authentifizierungsverfahren</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Bearer-Token</translation>
    </message>
    <message>
        <source>HTTP basic</source>
        <translation>HTTP Basic</translation>
    </message>
    <message>
        <source>OAuth 2 client credentials</source>
        <translation>OAuth 2 Client Credentials</translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation>Verfahren</translation>
    </message>
    <message>
        <source>Key name</source>
        <translation>Name des Schlüssels</translation>
    </message>
    <message>
        <source>X-API-Key</source>
        <translation>X-API-Key</translation>
    </message>
    <message>
        <source>Send the key in</source>
        <translation>Schlüssel senden in</translation>
    </message>
    <message>
        <source>a header</source>
        <translation>einem Header</translation>
    </message>
    <message>
        <source>the query string</source>
        <translation>der Query-Zeichenkette</translation>
    </message>
    <message>
        <source>Send it in</source>
        <translation>Senden in</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Token URL</source>
        <translation>Token-URL</translation>
    </message>
    <message>
        <source>https://auth.example.com/oauth/token</source>
        <translation>https://auth.example.com/oauth/token</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Client-Geheimnis</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Scopes</translation>
    </message>
    <message>
        <source>read:orders read:customers</source>
        <translation>read:orders read:customers</translation>
    </message>
    <message>
        <source>Credentials belong in secret configuration fields: write {{ config.key }}; a field it names that does not exist yet is added as a secret one.</source>
        <translation>Zugangsdaten gehören in geheime Konfigurationsfelder: Schreiben Sie {{ config.key }}; ein so benanntes Feld, das noch nicht existiert, wird als geheimes Feld angelegt.</translation>
    </message>
    <message>
        <source>Configuration fields (configuration.json)</source>
        <translation>Konfigurationsfelder (configuration.json)</translation>
    </message>
    <message>
        <source>Add Field</source>
        <translation>Feld hinzufügen</translation>
    </message>
    <message>
        <source>Remove Field</source>
        <translation>Feld entfernen</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>A template such as %1; the value itself is entered in Configuration, kept out of the project file</source>
        <translation>Eine Vorlage wie %1; der Wert selbst wird unter Konfiguration eingegeben und nie in die Projektdatei geschrieben</translation>
    </message>
    <message>
        <source>Written to configuration.json and the project file; never for secret fields</source>
        <translation>Wird in configuration.json und die Projektdatei geschrieben; nie bei geheimen Feldern</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>%1 (secret)</source>
        <translation>%1 (geheim)</translation>
    </message>
    <message>
        <source>OK also adds the configuration field(s) %1 that the templates name.</source>
        <translation>OK legt außerdem die Konfigurationsfelder %1 an, die die Vorlagen nennen.</translation>
    </message>
    <message>
        <source>Edit connection and auth</source>
        <translation>Verbindung und Authentifizierung bearbeiten</translation>
    </message>
</context>
<context>
    <name>cw::DeletionsDialog</name>
    <message>
        <source>Feed path</source>
        <translation>Pfad des Feeds</translation>
    </message>
    <message>
        <source>(no deletions feed) /deletions</source>
        <translation>(kein Lösch-Feed) /deletions</translation>
    </message>
    <message>
        <source>GET path of the endpoint that lists deleted records, relative to the base URL</source>
        <translation>GET-Pfad des Endpunkts, der gelöschte Datensätze auflistet, relativ zur Basis-URL</translation>
    </message>
    <message>
        <source>Fixed parameters</source>
        <translation>Feste Parameter</translation>
    </message>
    <message>
        <source>resource=customers</source>
        <translation>resource=customers</translation>
    </message>
    <message>
        <source>Query parameters sent with every request of the feed, as name=value&amp;name=value; values may use {{ config.key }}</source>
        <translation>Query-Parameter, die mit jeder Anfrage des Feeds gesendet werden, als name=wert&amp;name=wert; Werte dürfen {{ config.key }} verwenden</translation>
    </message>
    <message>
        <source>Key in each record</source>
        <translation>Schlüssel in jedem Datensatz</translation>
    </message>
    <message>
        <source>JSON pointers of the primary-key values in a deleted record, one per key column, comma separated; empty: where this stream&apos;s records hold them</source>
        <translation>JSON-Pointer der Primärschlüsselwerte in einem gelöschten Datensatz, einer pro Schlüsselspalte, durch Kommas getrennt; leer: dort, wo die Datensätze dieses Streams sie haben</translation>
    </message>
    <message>
        <source>Deleted records and pagination</source>
        <translation>Gelöschte Datensätze und Paginierung</translation>
    </message>
    <message>
        <source>Cursor of the feed</source>
        <translation>Cursor des Feeds</translation>
    </message>
    <message>
        <source>deleted_at</source>
        <translation>deleted_at</translation>
    </message>
    <message>
        <source>since</source>
        <translation>since</translation>
    </message>
    <message>
        <source>Deletions Feed of %1</source>
        <translation>Lösch-Feed von %1</translation>
    </message>
    <message>
        <source>A deletions feed marks rows deleted by their primary key, and the table %1 has none yet: choose its primary key in the mapping editor first.</source>
        <translation>Ein Lösch-Feed markiert Zeilen über ihren Primärschlüssel als gelöscht, und die Tabelle %1 hat noch keinen: Wählen Sie zuerst ihren Primärschlüssel im Mapping-Editor.</translation>
    </message>
    <message>
        <source>After each sync of %1, the feed is read and every record it lists marks the row of %2 with the same %3 deleted (_fivetran_deleted). Its cursor is kept in the state as deletions_cursor.</source>
        <translation>Nach jeder Synchronisierung von %1 wird der Feed gelesen, und jeder Datensatz darin markiert die Zeile von %2 mit demselben %3 als gelöscht (_fivetran_deleted). Sein Cursor wird im State als deletions_cursor gespeichert.</translation>
    </message>
    <message>
        <source>Feed</source>
        <translation>Feed</translation>
    </message>
    <message>
        <source>GET</source>
        <translation>GET</translation>
    </message>
    <message>
        <source>Remove Feed</source>
        <translation>Feed entfernen</translation>
    </message>
    <message>
        <source>The stream reads no deletions feed</source>
        <translation>Der Stream liest keinen Lösch-Feed</translation>
    </message>
    <message>
        <source>Remove the deletions feed of %1</source>
        <translation>Lösch-Feed von %1 entfernen</translation>
    </message>
    <message>
        <source>Edit the deletions feed of %1</source>
        <translation>Lösch-Feed von %1 bearbeiten</translation>
    </message>
</context>
<context>
    <name>cw::DetectionView</name>
    <message>
        <source>Apply Proposals to Stream</source>
        <translation>Vorschläge auf den Stream anwenden</translation>
    </message>
    <message>
        <source>Detected structure</source>
        <translation>Erkannte Struktur</translation>
    </message>
    <message>
        <source>&lt;p&gt;Detection needs a JSON response.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Die Erkennung braucht eine JSON-Antwort.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Teil</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Vorschlag</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <source>the body (%1 records)</source>
        <translation>der Body (%1 Datensätze)</translation>
    </message>
    <message>
        <source>%1 (%2 records)</source>
        <translation>%1 (%2 Datensätze)</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>nichts gefunden</translation>
    </message>
    <message>
        <source>Pagination</source>
        <translation>Paginierung</translation>
    </message>
    <message>
        <source>Primary key</source>
        <translation>Primärschlüssel</translation>
    </message>
    <message>
        <source>Cursor</source>
        <translation>Cursor</translation>
    </message>
    <message>
        <source>%1 (%2)%3</source>
        <translation>%1 (%2)%3</translation>
    </message>
    <message>
        <source>, filter with %1</source>
        <translation>, gefiltert mit %1</translation>
    </message>
    <message>
        <source>Apply detected structure to %1</source>
        <translation>Erkannte Struktur auf %1 anwenden</translation>
    </message>
</context>
<context>
    <name>cw::EndpointEditor</name>
    <message>
        <source>Add Parameter</source>
        <translation>Parameter hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>HTTP method</source>
        <translation>HTTP-Methode</translation>
    </message>
    <message>
        <source>/path/{id}</source>
        <translation>/pfad/{id}</translation>
    </message>
    <message>
        <source>Request path</source>
        <translation>Anfragepfad</translation>
    </message>
    <message>
        <source>Group (tag or folder)</source>
        <translation>Gruppe (Tag oder Ordner)</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>⚠ TLS certificate verification is turned off for this project.</source>
        <translation>⚠ Die Prüfung der TLS-Zertifikate ist für dieses Projekt ausgeschaltet.</translation>
    </message>
    <message>
        <source>Request parameters</source>
        <translation>Anfrageparameter</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Auth</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <source>Paging</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Edit request of %1</source>
        <translation>Anfrage von %1 bearbeiten</translation>
    </message>
    <message>
        <source>single request</source>
        <translation>einzelne Anfrage</translation>
    </message>
    <message>
        <source>offset %1 + limit %2=%3</source>
        <translation>Offset %1 + Limit %2=%3</translation>
    </message>
    <message>
        <source>page %1 from %2</source>
        <translation>Seite %1 ab %2</translation>
    </message>
    <message>
        <source>cursor %1 from %2</source>
        <translation>Cursor %1 aus %2</translation>
    </message>
    <message>
        <source>next URL at %1</source>
        <translation>nächste URL bei %1</translation>
    </message>
    <message>
        <source>Link header rel=next</source>
        <translation>Link-Header rel=next</translation>
    </message>
    <message>
        <source>; records at %1</source>
        <translation>; Datensätze bei %1</translation>
    </message>
    <message>
        <source>; incremental on %1</source>
        <translation>; inkrementell über %1</translation>
    </message>
    <message>
        <source>; one request per %1 record</source>
        <translation>; eine Anfrage je Datensatz von %1</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>API key in %1 %2</source>
        <translation>API-Schlüssel in %1 %2</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Bearer-Token</translation>
    </message>
    <message>
        <source>HTTP basic</source>
        <translation>HTTP Basic</translation>
    </message>
    <message>
        <source>OAuth 2 client credentials</source>
        <translation>OAuth 2 Client Credentials</translation>
    </message>
    <message>
        <source>%1 (configured)</source>
        <translation>%1 (konfiguriert)</translation>
    </message>
    <message>
        <source>%1: %2 not set; use File → Configuration</source>
        <translation>%1: %2 nicht gesetzt; siehe Datei → Konfiguration</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Base URL, headers, authentication, TLS and configuration fields of the project</source>
        <translation>Basis-URL, Header, Authentifizierung, TLS und Konfigurationsfelder des Projekts</translation>
    </message>
    <message>
        <source>Edit connection and auth</source>
        <translation>Verbindung und Authentifizierung bearbeiten</translation>
    </message>
    <message>
        <source>Records path, pagination, incremental cursor and parent stream of this endpoint</source>
        <translation>Datensatzpfad, Paginierung, inkrementeller Cursor und übergeordneter Stream dieses Endpunkts</translation>
    </message>
    <message>
        <source>Edit pagination and sync</source>
        <translation>Paginierung und Synchronisation bearbeiten</translation>
    </message>
    <message>
        <source>cursor %1 from the last record&apos;s %2</source>
        <translation>Cursor %1 aus %2 des letzten Datensatzes</translation>
    </message>
    <message>
        <source>The endpoint that lists this stream&apos;s deleted records, and how to read it</source>
        <translation>Der Endpunkt, der die gelöschten Datensätze dieses Streams auflistet, und wie er gelesen wird</translation>
    </message>
    <message>
        <source>Edit deletions feed</source>
        <translation>Lösch-Feed bearbeiten</translation>
    </message>
    <message>
        <source>Deletions</source>
        <translation>Löschungen</translation>
    </message>
    <message>
        <source>After the stream&apos;s pages: GET %1?%2, marking the rows it lists deleted</source>
        <translation>Nach den Seiten des Streams: GET %1?%2; die aufgelisteten Zeilen werden als gelöscht markiert</translation>
    </message>
    <message>
        <source>Rows deleted upstream stay in the destination until a deletions feed says they are gone</source>
        <translation>In der Quelle gelöschte Zeilen bleiben im Ziel, bis ein Lösch-Feed meldet, dass sie fort sind</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>none (child stream)</source>
        <translation>keiner (Kind-Stream)</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%1 ab %2</translation>
    </message>
</context>
<context>
    <name>cw::EndpointExplorer</name>
    <message>
        <source>Filter endpoints (name or path)</source>
        <translation>Endpunkte filtern (Name oder Pfad)</translation>
    </message>
    <message>
        <source>Endpoint filter</source>
        <translation>Endpunktfilter</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>Endpunkte</translation>
    </message>
    <message>
        <source>Add endpoint</source>
        <translation>Endpunkt hinzufügen</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Duplicate the selected endpoint</source>
        <translation>Ausgewählten Endpunkt duplizieren</translation>
    </message>
    <message>
        <source>Delete the selected endpoint</source>
        <translation>Ausgewählten Endpunkt löschen</translation>
    </message>
    <message>
        <source>Fetch</source>
        <translation>Abrufen</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Add Endpoint…</source>
        <translation>Endpunkt hinzufügen …</translation>
    </message>
</context>
<context>
    <name>cw::ExportDialog</name>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Export Connector Project</source>
        <translation>Connector-Projekt exportieren</translation>
    </message>
    <message>
        <source>Export folder</source>
        <translation>Exportordner</translation>
    </message>
    <message>
        <source>Fivetran connection name</source>
        <translation>Name der Fivetran-Verbindung</translation>
    </message>
    <message>
        <source>The name &apos;fivetran deploy --connection&apos; uses: lowercase letters, digits and _</source>
        <translation>Der Name, den &apos;fivetran deploy --connection&apos; verwendet: Kleinbuchstaben, Ziffern und _</translation>
    </message>
    <message>
        <source>Off: secret fields are empty strings, to be filled in Fivetran or from the CI&apos;s secret store. configuration.json is in .gitignore either way.</source>
        <translation>Aus: Geheime Felder sind leere Zeichenketten, die in Fivetran oder aus dem Geheimnisspeicher der CI gefüllt werden. configuration.json steht in jedem Fall in .gitignore.</translation>
    </message>
    <message>
        <source>Export linter findings</source>
        <translation>Befunde der Exportprüfung</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen …</translation>
    </message>
    <message>
        <source>Checks of the Fivetran Connector SDK&apos;s rules:</source>
        <translation>Prüfung der Regeln des Fivetran Connector SDK:</translation>
    </message>
    <message>
        <source>Export Folder</source>
        <translation>Exportordner</translation>
    </message>
    <message>
        <source>No findings: ready to export.</source>
        <translation>Keine Befunde: bereit zum Export.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) must be fixed before the export.</source>
        <translation>
            <numerusform>%n Fehler muss vor dem Export behoben werden.</numerusform>
            <numerusform>%n Fehler müssen vor dem Export behoben werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n file(s) to %1. Run &lt;code&gt;fivetran debug&lt;/code&gt; there to test it, and &lt;code&gt;fivetran deploy --connection %2&lt;/code&gt; to deploy it.</source>
        <translation>
            <numerusform>%n Datei nach %1 exportiert. Führen Sie dort &lt;code&gt;fivetran debug&lt;/code&gt; aus, um ihn zu testen, und &lt;code&gt;fivetran deploy --connection %2&lt;/code&gt;, um ihn bereitzustellen.</numerusform>
            <numerusform>%n Dateien nach %1 exportiert. Führen Sie dort &lt;code&gt;fivetran debug&lt;/code&gt; aus, um ihn zu testen, und &lt;code&gt;fivetran deploy --connection %2&lt;/code&gt;, um ihn bereitzustellen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write &amp;secret values into configuration.json</source>
        <translation>&amp;Geheime Werte in configuration.json schreiben</translation>
    </message>
    <message>
        <source>&amp;Replace the exported files in a folder that has files</source>
        <translation>Exportierte Dateien in einem nicht leeren Ordner &amp;überschreiben</translation>
    </message>
    <message>
        <source>&amp;Folder</source>
        <translation>&amp;Ordner</translation>
    </message>
    <message>
        <source>&amp;Connection name</source>
        <translation>&amp;Verbindungsname</translation>
    </message>
</context>
<context>
    <name>cw::FindBar</name>
    <message>
        <source>Match case</source>
        <translation>Groß-/Kleinschreibung beachten</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Vorheriger Treffer (Umschalt+Eingabe)</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Nächster Treffer (Eingabe)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Ersetzen durch</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>Replace All</source>
        <translation>Alle ersetzen</translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>%n ersetzt</numerusform>
            <numerusform>%n ersetzt</numerusform>
        </translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Kein Treffer</translation>
    </message>
</context>
<context>
    <name>cw::FivetranTypeDelegate</name>
    <message>
        <source>(left to Fivetran)</source>
        <translation>(Fivetran überlassen)</translation>
    </message>
</context>
<context>
    <name>cw::HttpClient</name>
    <message>
        <source>Cannot resolve host name %1.</source>
        <translation>Der Hostname %1 kann nicht aufgelöst werden.</translation>
    </message>
    <message>
        <source>Cannot connect to %1:%2 (connection refused or unreachable).</source>
        <translation>Keine Verbindung zu %1:%2 möglich (Verbindung abgelehnt oder nicht erreichbar).</translation>
    </message>
    <message>
        <source>No connection to %1 after %2 s.</source>
        <translation>Keine Verbindung zu %1 nach %2 s.</translation>
    </message>
    <message>
        <source>No first byte from %1 after %2 s.</source>
        <translation>Kein erstes Byte von %1 nach %2 s.</translation>
    </message>
    <message>
        <source>The response from %1 took longer than %2 s.</source>
        <translation>Die Antwort von %1 dauerte länger als %2 s.</translation>
    </message>
    <message>
        <source>TLS certificate not trusted for %1: %2</source>
        <translation>TLS-Zertifikat für %1 nicht vertrauenswürdig: %2</translation>
    </message>
    <message>
        <source>TLS handshake with %1 failed: %2</source>
        <translation>TLS-Handshake mit %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 closed the connection without sending a response.</source>
        <translation>%1 hat die Verbindung geschlossen, ohne eine Antwort zu senden.</translation>
    </message>
    <message>
        <source>%1 closed the connection before the whole body arrived (%2).</source>
        <translation>%1 hat die Verbindung geschlossen, bevor der ganze Body angekommen war (%2).</translation>
    </message>
    <message>
        <source>The connection to %1 broke: %2</source>
        <translation>Die Verbindung zu %1 ist abgebrochen: %2</translation>
    </message>
    <message>
        <source>The body from %1 could not be decompressed: %2</source>
        <translation>Der Body von %1 konnte nicht entpackt werden: %2</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Request to %1 failed: %2</source>
        <translation>Anfrage an %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>libcurl could not be initialised.</source>
        <translation>libcurl konnte nicht initialisiert werden.</translation>
    </message>
    <message>
        <source>Unsupported URL scheme &quot;%1&quot; in %2; use http or https.</source>
        <translation>Nicht unterstütztes URL-Schema „%1“ in %2; verwenden Sie http oder https.</translation>
    </message>
    <message>
        <source>The response from %1 is larger than %2 MB; reading stopped.</source>
        <translation>Die Antwort von %1 ist größer als %2 MB; das Lesen wurde beendet.</translation>
    </message>
    <message>
        <source>Cannot write the response body to a temporary file: %1</source>
        <translation>Der Body der Antwort kann nicht in eine temporäre Datei geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Redirect loop: %1 was already visited.</source>
        <translation>Weiterleitungsschleife: %1 wurde bereits besucht.</translation>
    </message>
    <message>
        <source>Too many redirects (more than %1), last to %2.</source>
        <translation>Zu viele Weiterleitungen (mehr als %1), zuletzt nach %2.</translation>
    </message>
</context>
<context>
    <name>cw::ImportReportDialog</name>
    <message>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message>
        <source>%1 endpoint(s) read from %2 · %3 error(s), %4 warning(s)</source>
        <translation>%1 Endpunkt(e) aus %2 gelesen · %3 Fehler, %4 Warnung(en)</translation>
    </message>
    <message>
        <source>Endpoint / problem</source>
        <translation>Endpunkt / Problem</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Endpoints (%1)</source>
        <translation>Endpunkte (%1)</translation>
    </message>
    <message>
        <source>%1; records at %2</source>
        <translation>%1; Datensätze bei %2</translation>
    </message>
    <message>
        <source>the body</source>
        <translation>der Body</translation>
    </message>
    <message>
        <source>Problems and notes (%1)</source>
        <translation>Probleme und Hinweise (%1)</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Add to Current Project</source>
        <translation>Zum aktuellen Projekt hinzufügen</translation>
    </message>
    <message>
        <source>Open as New Project</source>
        <translation>Als neues Projekt öffnen</translation>
    </message>
    <message>
        <source>Endpoints and problems</source>
        <translation>Endpunkte und Probleme</translation>
    </message>
</context>
<context>
    <name>cw::Importer</name>
    <message>
        <source>A single quote is not closed.</source>
        <translation>Ein einfaches Anführungszeichen ist nicht geschlossen.</translation>
    </message>
    <message>
        <source>A $&apos;...&apos; string is not closed.</source>
        <translation>Eine $&apos;...&apos;-Zeichenkette ist nicht geschlossen.</translation>
    </message>
    <message>
        <source>A double quote is not closed.</source>
        <translation>Ein doppeltes Anführungszeichen ist nicht geschlossen.</translation>
    </message>
    <message>
        <source>The extra argument &quot;%1&quot; was ignored; only one URL is imported.</source>
        <translation>Das zusätzliche Argument „%1“ wurde ignoriert; es wird nur eine URL importiert.</translation>
    </message>
    <message>
        <source>The option %1 needs a value.</source>
        <translation>Die Option %1 braucht einen Wert.</translation>
    </message>
    <message>
        <source>The header &quot;%1&quot; has no colon and was ignored.</source>
        <translation>Der Header „%1“ hat keinen Doppelpunkt und wurde ignoriert.</translation>
    </message>
    <message>
        <source>The body comes from the file %1, which is not imported; paste the body instead.</source>
        <translation>Der Body stammt aus der Datei %1, die nicht importiert wird; fügen Sie den Body stattdessen ein.</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>The password for basic authentication.</source>
        <translation>Das Passwort für die Basic-Authentifizierung.</translation>
    </message>
    <message>
        <source>The password given with %1 was replaced by the secret configuration field &quot;password&quot;.</source>
        <translation>Das mit %1 angegebene Passwort wurde durch das geheime Konfigurationsfeld „password“ ersetzt.</translation>
    </message>
    <message>
        <source>%1 turns off TLS certificate checks; the project keeps that, but only do this for test servers.</source>
        <translation>%1 schaltet die Prüfung der TLS-Zertifikate aus; das Projekt übernimmt das, tun Sie es aber nur für Testserver.</translation>
    </message>
    <message>
        <source>Uploads (%1) are not imported.</source>
        <translation>Uploads (%1) werden nicht importiert.</translation>
    </message>
    <message>
        <source>The option %1 is not known and was ignored.</source>
        <translation>Die Option %1 ist unbekannt und wurde ignoriert.</translation>
    </message>
    <message>
        <source>The command has no URL.</source>
        <translation>Der Befehl enthält keine URL.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid URL.</source>
        <translation>„%1“ ist keine gültige URL.</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Sent as the query parameter %1.</source>
        <translation>Wird als Query-Parameter %1 gesendet.</translation>
    </message>
    <message>
        <source>The query parameter %1 looks like a credential; it was replaced by a secret configuration field.</source>
        <translation>Der Query-Parameter %1 sieht wie ein Zugangsdatum aus; er wurde durch ein geheimes Konfigurationsfeld ersetzt.</translation>
    </message>
    <message>
        <source>The file is not a HAR recording: it has no log.entries list.</source>
        <translation>Die Datei ist keine HAR-Aufzeichnung: Sie hat keine Liste log.entries.</translation>
    </message>
    <message>
        <source>The recording holds no requests with an absolute URL.</source>
        <translation>Die Aufzeichnung enthält keine Anfragen mit absoluter URL.</translation>
    </message>
    <message>
        <source>The entry has no request.</source>
        <translation>Der Eintrag enthält keine Anfrage.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an absolute URL.</source>
        <translation>„%1“ ist keine absolute URL.</translation>
    </message>
    <message>
        <source>Recorded: %1</source>
        <translation>Aufgezeichnet: %1</translation>
    </message>
    <message>
        <source>%1 entries in all could not be read.</source>
        <translation>Insgesamt %1 Einträge konnten nicht gelesen werden.</translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n request(s) that are not GET: not read endpoints.</source>
        <translation>
            <numerusform>%n Anfrage übersprungen, die kein GET ist: kein lesender Endpunkt.</numerusform>
            <numerusform>%n Anfragen übersprungen, die kein GET sind: keine lesenden Endpunkte.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n request(s) for pages, scripts, styles, images and fonts.</source>
        <translation>
            <numerusform>%n Anfrage nach Seiten, Skripten, Stilen, Bildern und Schriften übersprungen.</numerusform>
            <numerusform>%n Anfragen nach Seiten, Skripten, Stilen, Bildern und Schriften übersprungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n request(s) to %1: a project talks to one base URL (%2), the most frequent one.</source>
        <translation>
            <numerusform>%n Anfrage an %1 übersprungen: Ein Projekt spricht mit einer Basis-URL (%2), der häufigsten.</numerusform>
            <numerusform>%n Anfragen an %1 übersprungen: Ein Projekt spricht mit einer Basis-URL (%2), der häufigsten.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not recognised as OpenAPI, Swagger, a Postman collection, a HAR file or a cURL command; name the format explicitly.</source>
        <translation>%1 wird weder als OpenAPI, Swagger, Postman-Collection, HAR-Datei noch als cURL-Befehl erkannt; geben Sie das Format ausdrücklich an.</translation>
    </message>
    <message>
        <source>The input</source>
        <translation>Die Eingabe</translation>
    </message>
    <message>
        <source>Imported API</source>
        <translation>Importierte API</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <source>The API&apos;s base URL, e.g. https://api.example.com/v1</source>
        <translation>Die Basis-URL der API, z. B. https://api.example.com/v1</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>The JSON is not valid: %1</source>
        <translation>Das JSON ist ungültig: %1</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>API-Token</translation>
    </message>
    <message>
        <source>The bearer token sent in the Authorization header.</source>
        <translation>Das im Authorization-Header gesendete Bearer-Token.</translation>
    </message>
    <message>
        <source>The credential sent in the %1 header.</source>
        <translation>Das im Header %1 gesendete Zugangsdatum.</translation>
    </message>
    <message>
        <source>The %1 header holds a credential; it was replaced by a secret configuration field and not copied into the project.</source>
        <translation>Der Header %1 enthält ein Zugangsdatum; er wurde durch ein geheimes Konfigurationsfeld ersetzt und nicht ins Projekt übernommen.</translation>
    </message>
    <message>
        <source>Cookie</source>
        <translation>Cookie</translation>
    </message>
    <message>
        <source>The Cookie header the API expects (a session).</source>
        <translation>Der Cookie-Header, den die API erwartet (eine Sitzung).</translation>
    </message>
    <message>
        <source>Cookies were replaced by the secret configuration field &quot;cookie&quot;; a session cookie usually expires, so prefer an API key or token.</source>
        <translation>Cookies wurden durch das geheime Konfigurationsfeld „cookie“ ersetzt; ein Sitzungscookie läuft meist ab, verwenden Sie besser einen API-Schlüssel oder ein Token.</translation>
    </message>
    <message>
        <source>The key sent in the %1 header.</source>
        <translation>Der im Header %1 gesendete Schlüssel.</translation>
    </message>
    <message>
        <source>The value of the %1 header.</source>
        <translation>Der Wert des Headers %1.</translation>
    </message>
    <message>
        <source>The %1 header looks like a credential; it was replaced by a secret configuration field.</source>
        <translation>Der Header %1 sieht wie ein Zugangsdatum aus; er wurde durch ein geheimes Konfigurationsfeld ersetzt.</translation>
    </message>
    <message>
        <source>The document is not an OpenAPI object.</source>
        <translation>Das Dokument ist kein OpenAPI-Objekt.</translation>
    </message>
    <message>
        <source>The document has neither an &quot;openapi&quot; nor a &quot;swagger&quot; version, so it is not OpenAPI.</source>
        <translation>Das Dokument hat weder eine „openapi“- noch eine „swagger“-Version, ist also kein OpenAPI.</translation>
    </message>
    <message>
        <source>Swagger %1 is not 2.0; reading it as 2.0.</source>
        <translation>Swagger %1 ist nicht 2.0; es wird als 2.0 gelesen.</translation>
    </message>
    <message>
        <source>OpenAPI %1 is not 3.x; reading it as 3.1.</source>
        <translation>OpenAPI %1 ist nicht 3.x; es wird als 3.1 gelesen.</translation>
    </message>
    <message>
        <source>The external reference &quot;%1&quot; is not followed; only references inside the document (&quot;#/...&quot;) are.</source>
        <translation>Der externen Referenz „%1“ wird nicht gefolgt, nur Referenzen innerhalb des Dokuments („#/...“).</translation>
    </message>
    <message>
        <source>The reference &quot;%1&quot; points at nothing in the document.</source>
        <translation>Die Referenz „%1“ verweist auf nichts im Dokument.</translation>
    </message>
    <message>
        <source>The reference &quot;%1&quot; goes round in a cycle.</source>
        <translation>Die Referenz „%1“ läuft im Kreis.</translation>
    </message>
    <message>
        <source>The document names no server; enter the API&apos;s base URL.</source>
        <translation>Das Dokument nennt keinen Server; geben Sie die Basis-URL der API ein.</translation>
    </message>
    <message>
        <source>The document gives only the path &quot;%1&quot;; enter the full base URL.</source>
        <translation>Das Dokument gibt nur den Pfad „%1“ an; geben Sie die vollständige Basis-URL ein.</translation>
    </message>
    <message>
        <source>The document has no absolute server URL; the base URL became the configuration field &quot;base_url&quot;.</source>
        <translation>Das Dokument hat keine absolute Server-URL; die Basis-URL wurde zum Konfigurationsfeld „base_url“.</translation>
    </message>
    <message>
        <source>The API key of &quot;%1&quot; is sent in a %2, which the workbench does not support.</source>
        <translation>Der API-Schlüssel von „%1“ wird in einem %2 gesendet, was die Workbench nicht unterstützt.</translation>
    </message>
    <message>
        <source>Sent in the %1 %2.</source>
        <translation>Wird im %1 %2 gesendet.</translation>
    </message>
    <message>
        <source>The bearer token.</source>
        <translation>Das Bearer-Token.</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Client-Geheimnis</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Zugriffstoken</translation>
    </message>
    <message>
        <source>An OAuth 2 access token for %1.</source>
        <translation>Ein OAuth-2-Zugriffstoken für %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; uses an interactive OAuth 2 flow; the project sends an access token you provide instead.</source>
        <translation>„%1“ verwendet einen interaktiven OAuth-2-Ablauf; das Projekt sendet stattdessen ein Zugriffstoken, das Sie angeben.</translation>
    </message>
    <message>
        <source>The security scheme &quot;%1&quot; (%2) is not supported.</source>
        <translation>Das Sicherheitsschema „%1“ (%2) wird nicht unterstützt.</translation>
    </message>
    <message>
        <source>The document has no paths.</source>
        <translation>Das Dokument hat keine Pfade.</translation>
    </message>
    <message>
        <source>The path item is not an object.</source>
        <translation>Das Pfadelement ist kein Objekt.</translation>
    </message>
    <message>
        <source>Skipped %1 %2: not a read endpoint.</source>
        <translation>%1 %2 übersprungen: kein lesender Endpunkt.</translation>
    </message>
    <message>
        <source>The operation could not be read: %1</source>
        <translation>Die Operation konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The parameter &quot;%1&quot; in &quot;%2&quot; is not supported and was left out.</source>
        <translation>Der Parameter „%1“ in „%2“ wird nicht unterstützt und wurde weggelassen.</translation>
    </message>
    <message>
        <source>The YAML is not valid: %1</source>
        <translation>Das YAML ist ungültig: %1</translation>
    </message>
    <message>
        <source>The file is not a Postman collection (the top level is not an object).</source>
        <translation>Die Datei ist keine Postman-Collection (die oberste Ebene ist kein Objekt).</translation>
    </message>
    <message>
        <source>This is a Postman collection v1, which is not supported; export it from Postman again as Collection v2.1.</source>
        <translation>Dies ist eine Postman-Collection v1, die nicht unterstützt wird; exportieren Sie sie in Postman erneut als Collection v2.1.</translation>
    </message>
    <message>
        <source>The file is not a Postman collection (it has no &quot;info&quot;).</source>
        <translation>Die Datei ist keine Postman-Collection (sie hat kein „info“).</translation>
    </message>
    <message>
        <source>The collection schema %1 is not v2.0 or v2.1; reading it as v2.1.</source>
        <translation>Das Collection-Schema %1 ist weder v2.0 noch v2.1; es wird als v2.1 gelesen.</translation>
    </message>
    <message>
        <source>The collection has no items.</source>
        <translation>Die Collection hat keine Einträge.</translation>
    </message>
    <message>
        <source>The dynamic variable {{%1}} has no equivalent and was left out.</source>
        <translation>Die dynamische Variable {{%1}} hat keine Entsprechung und wurde weggelassen.</translation>
    </message>
    <message>
        <source>A Postman variable the collection does not define (an environment variable?).</source>
        <translation>Eine Postman-Variable, die die Collection nicht definiert (eine Umgebungsvariable?).</translation>
    </message>
    <message>
        <source>Was a literal value in the collection; enter it here.</source>
        <translation>War ein fester Wert in der Collection; geben Sie ihn hier ein.</translation>
    </message>
    <message>
        <source>item %1 (%2)</source>
        <translation>Eintrag %1 (%2)</translation>
    </message>
    <message>
        <source>The item is not an object.</source>
        <translation>Der Eintrag ist kein Objekt.</translation>
    </message>
    <message>
        <source>The item could not be read: %1</source>
        <translation>Der Eintrag konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Skipped %1: not a read endpoint.</source>
        <translation>%1 übersprungen: kein lesender Endpunkt.</translation>
    </message>
    <message>
        <source>The request has no URL.</source>
        <translation>Die Anfrage hat keine URL.</translation>
    </message>
    <message>
        <source>The OAuth 2 flow is interactive; the project sends an access token you provide instead.</source>
        <translation>Der OAuth-2-Ablauf ist interaktiv; das Projekt sendet stattdessen ein Zugriffstoken, das Sie angeben.</translation>
    </message>
    <message>
        <source>The auth type &quot;%1&quot; is not supported.</source>
        <translation>Die Authentifizierungsart „%1“ wird nicht unterstützt.</translation>
    </message>
    <message>
        <source>Skipped: the request goes to %1, not to the base URL %2; a project talks to one API.</source>
        <translation>Übersprungen: Die Anfrage geht an %1, nicht an die Basis-URL %2; ein Projekt spricht mit einer API.</translation>
    </message>
    <message>
        <source>The request uses other authentication than the collection; the project uses one for all streams.</source>
        <translation>Die Anfrage verwendet eine andere Authentifizierung als die Collection; das Projekt verwendet eine für alle Streams.</translation>
    </message>
    <message>
        <source>The method %1 is not one a project can send (%2).</source>
        <translation>Die Methode %1 kann ein Projekt nicht senden (%2).</translation>
    </message>
</context>
<context>
    <name>cw::IncrementalForm</name>
    <message>
        <source>Cursor field</source>
        <translation>Cursor-Feld</translation>
    </message>
    <message>
        <source>(full refresh) %1</source>
        <translation>(vollständig) %1</translation>
    </message>
    <message>
        <source>The record field whose largest value is kept in the state, e.g. %1; empty: every sync reads everything</source>
        <translation>Das Datensatzfeld, dessen größter Wert im State gespeichert wird, z. B. %1; leer: jede Synchronisierung liest alles</translation>
    </message>
    <message>
        <source>Filter parameter</source>
        <translation>Filterparameter</translation>
    </message>
    <message>
        <source>The request parameter that asks for records from the stored cursor on</source>
        <translation>Der Anfrageparameter, der Datensätze ab dem gespeicherten Cursor anfordert</translation>
    </message>
    <message>
        <source>Cursor format</source>
        <translation>Cursor-Format</translation>
    </message>
    <message>
        <source>RFC 3339 date and time</source>
        <translation>Datum und Uhrzeit nach RFC 3339</translation>
    </message>
    <message>
        <source>Date (YYYY-MM-DD)</source>
        <translation>Datum (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>Seconds since 1970</source>
        <translation>Sekunden seit 1970</translation>
    </message>
    <message>
        <source>Milliseconds since 1970</source>
        <translation>Millisekunden seit 1970</translation>
    </message>
    <message>
        <source>As stored (raw)</source>
        <translation>Wie gespeichert (roh)</translation>
    </message>
    <message>
        <source>Sent as</source>
        <translation>Gesendet als</translation>
    </message>
    <message>
        <source>Start value from configuration</source>
        <translation>Startwert aus der Konfiguration</translation>
    </message>
    <message>
        <source>(none: the first sync reads everything)</source>
        <translation>(keiner: die erste Synchronisation liest alles)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Start value</source>
        <translation>Startwert</translation>
    </message>
    <message>
        <source>Lookback window in seconds</source>
        <translation>Rückblickfenster in Sekunden</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Ask again for this many seconds before the stored cursor, for records that arrive late</source>
        <translation>So viele Sekunden vor dem gespeicherten Cursor erneut abfragen, für Datensätze, die verspätet eintreffen</translation>
    </message>
    <message>
        <source>Lookback</source>
        <translation>Rückblick</translation>
    </message>
</context>
<context>
    <name>cw::JsonBodyTree</name>
    <message>
        <source>JSONPath query, e.g. $.data[?@.tier == &apos;enterprise&apos;].id  (Enter)</source>
        <translation>JSONPath-Abfrage, z. B. $.data[?@.tier == &apos;enterprise&apos;].id  (Eingabe)</translation>
    </message>
    <message>
        <source>JSONPath query</source>
        <translation>JSONPath-Abfrage</translation>
    </message>
    <message>
        <source>Response tree</source>
        <translation>Antwortbaum</translation>
    </message>
    <message>
        <source>Path: %1</source>
        <translation>Pfad: %1</translation>
    </message>
    <message>
        <source>JSONPath runs on bodies up to %1 MB; use a smaller page size.</source>
        <translation>JSONPath läuft auf Bodys bis %1 MB; verwenden Sie eine kleinere Seitengröße.</translation>
    </message>
    <message>
        <source>1 match</source>
        <translation>1 Treffer</translation>
    </message>
    <message>
        <source>%1 matches</source>
        <translation>%1 Treffer</translation>
    </message>
    <message>
        <source>Copy Value</source>
        <translation>Wert kopieren</translation>
    </message>
    <message>
        <source>Copy Path</source>
        <translation>Pfad kopieren</translation>
    </message>
    <message>
        <source>Use as Records</source>
        <translation>Als Datensätze verwenden</translation>
    </message>
    <message>
        <source>Use as Primary Key</source>
        <translation>Als Primärschlüssel verwenden</translation>
    </message>
    <message>
        <source>Add to Primary Key</source>
        <translation>Zum Primärschlüssel hinzufügen</translation>
    </message>
    <message>
        <source>Use as Cursor</source>
        <translation>Als Cursor verwenden</translation>
    </message>
    <message>
        <source>(Pick the records array first to choose keys and cursors)</source>
        <translation>(Wählen Sie zuerst das Datensatz-Array, um Schlüssel und Cursor festzulegen)</translation>
    </message>
</context>
<context>
    <name>cw::JsonIndexLoader</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>cw::JsonIndexModel</name>
    <message>
        <source>[1 item]</source>
        <translation>[1 Element]</translation>
    </message>
    <message>
        <source>[%1 items]</source>
        <translation>[%1 Elemente]</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Kinder</translation>
    </message>
</context>
<context>
    <name>cw::JsonPath</name>
    <message>
        <source>%1 at %2</source>
        <translation>%1 bei %2</translation>
    </message>
    <message>
        <source>expected &apos;$&apos;</source>
        <translation>&apos;$&apos; erwartet</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos;</source>
        <translation>unerwartetes &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the query nests deeper than %1 levels</source>
        <translation>die Abfrage ist tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>expected &apos;%1&apos;</source>
        <translation>&apos;%1&apos; erwartet</translation>
    </message>
    <message>
        <source>expected a member name, &apos;*&apos; or &apos;[&apos; after &apos;..&apos;</source>
        <translation>Mitgliedsname, &apos;*&apos; oder &apos;[&apos; nach &apos;..&apos; erwartet</translation>
    </message>
    <message>
        <source>expected a member name or &apos;*&apos; after &apos;.&apos;</source>
        <translation>Mitgliedsname oder &apos;*&apos; nach &apos;.&apos; erwartet</translation>
    </message>
    <message>
        <source>expected a selector</source>
        <translation>Selektor erwartet</translation>
    </message>
    <message>
        <source>expected a digit</source>
        <translation>Ziffer erwartet</translation>
    </message>
    <message>
        <source>&quot;-0&quot; is not an index</source>
        <translation>„-0“ ist kein Index</translation>
    </message>
    <message>
        <source>integers must not have leading zeros</source>
        <translation>ganze Zahlen dürfen keine führenden Nullen haben</translation>
    </message>
    <message>
        <source>integer out of range (at most 2^53 - 1)</source>
        <translation>ganze Zahl außerhalb des Bereichs (höchstens 2^53 - 1)</translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation>nicht abgeschlossene Zeichenkette</translation>
    </message>
    <message>
        <source>control character in a string; escape it</source>
        <translation>Steuerzeichen in einer Zeichenkette; maskieren Sie es</translation>
    </message>
    <message>
        <source>invalid escape &apos;\%1&apos;</source>
        <translation>ungültige Escape-Sequenz &apos;\%1&apos;</translation>
    </message>
    <message>
        <source>unpaired surrogate in \u escape</source>
        <translation>ungepaartes Surrogat in \u-Escape</translation>
    </message>
    <message>
        <source>expected four hexadecimal digits</source>
        <translation>vier Hexadezimalziffern erwartet</translation>
    </message>
    <message>
        <source>%1() returns a value, not a logical result; compare it</source>
        <translation>%1() liefert einen Wert, kein logisches Ergebnis; vergleichen Sie ihn</translation>
    </message>
    <message>
        <source>a literal on its own is not a test; compare it</source>
        <translation>ein Literal allein ist kein Test; vergleichen Sie es</translation>
    </message>
    <message>
        <source>expected &apos;==&apos; to compare</source>
        <translation>&apos;==&apos; zum Vergleichen erwartet</translation>
    </message>
    <message>
        <source>only singular queries (names and indices) can be compared</source>
        <translation>nur singuläre Abfragen (Namen und Indizes) können verglichen werden</translation>
    </message>
    <message>
        <source>%1() returns a logical result, which cannot be compared</source>
        <translation>%1() liefert ein logisches Ergebnis, das nicht verglichen werden kann</translation>
    </message>
    <message>
        <source>expected a query, a literal or a function call</source>
        <translation>Abfrage, Literal oder Funktionsaufruf erwartet</translation>
    </message>
    <message>
        <source>unknown name &apos;%1&apos;</source>
        <translation>unbekannter Name &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown function &apos;%1&apos;</source>
        <translation>unbekannte Funktion &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1() takes one argument</source>
        <translation>%1() nimmt ein Argument</translation>
    </message>
    <message>
        <source>%1() takes two arguments</source>
        <translation>%1() nimmt zwei Argumente</translation>
    </message>
    <message>
        <source>the argument of %1() must be a query</source>
        <translation>das Argument von %1() muss eine Abfrage sein</translation>
    </message>
    <message>
        <source>the arguments of %1() must be single values: literals, singular queries or functions returning a value</source>
        <translation>die Argumente von %1() müssen Einzelwerte sein: Literale, singuläre Abfragen oder Funktionen, die einen Wert liefern</translation>
    </message>
    <message>
        <source>numbers must not have leading zeros</source>
        <translation>Zahlen dürfen keine führenden Nullen haben</translation>
    </message>
    <message>
        <source>expected a digit after &apos;.&apos;</source>
        <translation>Ziffer nach &apos;.&apos; erwartet</translation>
    </message>
    <message>
        <source>expected a digit in the exponent</source>
        <translation>Ziffer im Exponenten erwartet</translation>
    </message>
</context>
<context>
    <name>cw::MainWindow</name>
    <message>
        <source>Endpoints</source>
        <translation>Endpunkte</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation>Mapping</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>Fetched.</source>
        <translation>Abgerufen.</translation>
    </message>
    <message>
        <source>The fetch failed; see the response pane.</source>
        <translation>Der Abruf ist fehlgeschlagen; siehe Antwortbereich.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New Project</source>
        <translation>&amp;Neues Projekt</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Open &amp;Demo Project</source>
        <translation>&amp;Demoprojekt öffnen</translation>
    </message>
    <message>
        <source>&amp;Import File (OpenAPI, Postman, HAR)…</source>
        <translation>Datei &amp;importieren (OpenAPI, Postman, HAR) …</translation>
    </message>
    <message>
        <source>Import c&amp;URL Command…</source>
        <translation>&amp;cURL-Befehl importieren …</translation>
    </message>
    <message>
        <source>Import from UR&amp;L…</source>
        <translation>Von UR&amp;L importieren …</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter …</translation>
    </message>
    <message>
        <source>&amp;Export Connector Project…</source>
        <translation>Connector-Projekt &amp;exportieren …</translation>
    </message>
    <message>
        <source>&amp;Configuration…</source>
        <translation>&amp;Konfiguration …</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation>Layout &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>A&amp;usführen</translation>
    </message>
    <message>
        <source>&amp;Fetch Selected Stream</source>
        <translation>Ausgewählten Stream &amp;abrufen</translation>
    </message>
    <message>
        <source>&amp;Sync Ticked Streams</source>
        <translation>Markierte Streams &amp;synchronisieren</translation>
    </message>
    <message>
        <source>Sync &amp;Selected Stream</source>
        <translation>Ausgewählten Stream s&amp;ynchronisieren</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>S&amp;toppen</translation>
    </message>
    <message>
        <source>&amp;Reset Warehouse…</source>
        <translation>Warehouse &amp;zurücksetzen …</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Connector Workbench</source>
        <translation>Ü&amp;ber Connector Workbench</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Connector Workbench</source>
        <translation>Connector Workbench</translation>
    </message>
    <message>
        <source>Recover Unsaved Changes</source>
        <translation>Nicht gespeicherte Änderungen wiederherstellen</translation>
    </message>
    <message>
        <source>Connector Workbench did not close properly. Unsaved changes to &quot;%1&quot; were kept from %2.</source>
        <translation>Connector Workbench wurde nicht ordnungsgemäß beendet. Nicht gespeicherte Änderungen an „%1“ vom %2 wurden aufbewahrt.</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>The project had never been saved.</source>
        <translation>Das Projekt wurde noch nie gespeichert.</translation>
    </message>
    <message>
        <source>The project file is %1; it is not changed until you save.</source>
        <translation>Die Projektdatei ist %1; sie bleibt unverändert, bis Sie speichern.</translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Discard Changes</source>
        <translation>Änderungen &amp;verwerfen</translation>
    </message>
    <message>
        <source>Ask &amp;Later</source>
        <translation>&amp;Später fragen</translation>
    </message>
    <message>
        <source>Recovered unsaved changes to %1.</source>
        <translation>Nicht gespeicherte Änderungen an %1 wiederhergestellt.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them?</source>
        <translation>%1 hat nicht gespeicherte Änderungen. Speichern?</translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation>Projekt kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>%1 could not be opened. The current project stays open.</source>
        <translation>%1 konnte nicht geöffnet werden. Das aktuelle Projekt bleibt geöffnet.</translation>
    </message>
    <message numerus="yes">
        <source>Opened %1 with %n warning(s).</source>
        <translation>
            <numerusform>%1 mit %n Warnung geöffnet.</numerusform>
            <numerusform>%1 mit %n Warnungen geöffnet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>%1 geöffnet.</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <source>Demo API</source>
        <translation>Demo-API</translation>
    </message>
    <message>
        <source>The demo API could not start: %1</source>
        <translation>Die Demo-API konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>Demo API running at %1</source>
        <translation>Demo-API läuft unter %1</translation>
    </message>
    <message>
        <source>Save failed</source>
        <translation>Speichern fehlgeschlagen</translation>
    </message>
    <message>
        <source>The project was not saved: %1
The previous file is unchanged.</source>
        <translation>Das Projekt wurde nicht gespeichert: %1
Die bisherige Datei ist unverändert.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation>Projekt speichern unter</translation>
    </message>
    <message>
        <source>The project was not saved: %1</source>
        <translation>Das Projekt wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>Keine zuletzt geöffneten Projekte</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <source>About Connector Workbench</source>
        <translation>Über Connector Workbench</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Connector Workbench %1&lt;/h3&gt;&lt;p&gt;Turn a REST API into an incremental Fivetran Connector SDK connector: explore endpoints, map the schema, run syncs locally and export the project.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Connector Workbench %1&lt;/h3&gt;&lt;p&gt;Machen Sie aus einer REST-API einen inkrementellen Connector für das Fivetran Connector SDK: Endpunkte erkunden, das Schema abbilden, Synchronisationen lokal ausführen und das Projekt exportieren.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Import API Description</source>
        <translation>API-Beschreibung importieren</translation>
    </message>
    <message>
        <source>API descriptions (*.json *.yaml *.yml *.har *.txt *.sh);;OpenAPI / Swagger (*.json *.yaml *.yml);;Postman collections (*.json);;HAR recordings (*.har);;cURL commands (*.txt *.sh);;All files (*)</source>
        <translation>API-Beschreibungen (*.json *.yaml *.yml *.har *.txt *.sh);;OpenAPI / Swagger (*.json *.yaml *.yml);;Postman-Collections (*.json);;HAR-Aufzeichnungen (*.har);;cURL-Befehle (*.txt *.sh);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Import cURL Command</source>
        <translation>cURL-Befehl importieren</translation>
    </message>
    <message>
        <source>Paste a curl command (quotes and line continuations are fine):</source>
        <translation>Fügen Sie einen curl-Befehl ein (Anführungszeichen und Zeilenfortsetzungen sind kein Problem):</translation>
    </message>
    <message>
        <source>cURL command</source>
        <translation>cURL-Befehl</translation>
    </message>
    <message>
        <source>Import from URL</source>
        <translation>Von URL importieren</translation>
    </message>
    <message>
        <source>URL of an OpenAPI / Swagger document, Postman collection or HAR file:</source>
        <translation>URL eines OpenAPI-/Swagger-Dokuments, einer Postman-Collection oder HAR-Datei:</translation>
    </message>
    <message>
        <source>The server answered HTTP %1.</source>
        <translation>Der Server antwortete mit HTTP %1.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 wird importiert …</translation>
    </message>
    <message>
        <source>recorded in %1</source>
        <translation>aufgezeichnet in %1</translation>
    </message>
    <message>
        <source>Imported %1 endpoint(s) from %2.</source>
        <translation>%1 Endpunkt(e) aus %2 importiert.</translation>
    </message>
    <message numerus="yes">
        <source> Save the project to keep its %n recorded response(s) as samples.</source>
        <translation>
            <numerusform> Speichern Sie das Projekt, um seine %n aufgezeichnete Antwort als Stichprobe zu behalten.</numerusform>
            <numerusform> Speichern Sie das Projekt, um seine %n aufgezeichneten Antworten als Stichproben zu behalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>dropped text</source>
        <translation>abgelegter Text</translation>
    </message>
    <message>
        <source>Connector Workbench projects (*.cwproj);;JSON files (*.json);;All files (*)</source>
        <translation>Connector-Workbench-Projekte (*.cwproj);;JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>Zu %1 wechseln</translation>
    </message>
    <message>
        <source>&amp;Advance Demo API by a Day</source>
        <translation>Demo-API einen &amp;Tag weiterschalten</translation>
    </message>
    <message>
        <source>The demo API updates, adds and deletes records as if a day had passed</source>
        <translation>Die Demo-API ändert, ergänzt und löscht Datensätze, als wäre ein Tag vergangen</translation>
    </message>
    <message>
        <source>Demo API: a day passed with %1 records updated, %2 added and %3 deleted; sync again to read them.</source>
        <translation>Demo-API: Ein Tag ist vergangen, %1 Datensätze geändert, %2 hinzugefügt und %3 gelöscht; synchronisieren Sie erneut, um sie zu lesen.</translation>
    </message>
</context>
<context>
    <name>cw::MappingEditor</name>
    <message>
        <source>Destination table name</source>
        <translation>Name der Zieltabelle</translation>
    </message>
    <message>
        <source>table name</source>
        <translation>Tabellenname</translation>
    </message>
    <message>
        <source>Flatten nested objects to depth</source>
        <translation>Verschachtelte Objekte abflachen bis Tiefe</translation>
    </message>
    <message>
        <source>Nested objects are flattened into columns named parent_child down to this depth; deeper ones are kept as JSON columns. Change single fields in the tree.</source>
        <translation>Verschachtelte Objekte werden bis zu dieser Tiefe in Spalten namens eltern_kind abgeflacht; tiefere bleiben JSON-Spalten. Einzelne Felder ändern Sie im Baum.</translation>
    </message>
    <message>
        <source>Re-analyse</source>
        <translation>Neu analysieren</translation>
    </message>
    <message>
        <source>Read every sample of this stream again and infer its fields</source>
        <translation>Alle Stichproben dieses Streams erneut lesen und seine Felder ableiten</translation>
    </message>
    <message>
        <source>Source fields and their mapping</source>
        <translation>Quellfelder und ihr Mapping</translation>
    </message>
    <message>
        <source>Destination preview</source>
        <translation>Zielvorschau</translation>
    </message>
    <message>
        <source>Mapping warnings</source>
        <translation>Mapping-Warnungen</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Schema drift</source>
        <translation>Schemadrift</translation>
    </message>
    <message>
        <source>Schema drift (%1)</source>
        <translation>Schemadrift (%1)</translation>
    </message>
    <message>
        <source>Rename table to %1</source>
        <translation>Tabelle in %1 umbenennen</translation>
    </message>
    <message>
        <source>Flatten to depth %1</source>
        <translation>Bis Tiefe %1 abflachen</translation>
    </message>
    <message>
        <source>Select a stream to map its fields to destination tables.</source>
        <translation>Wählen Sie einen Stream, um seine Felder auf Zieltabellen abzubilden.</translation>
    </message>
    <message>
        <source>Analysing the samples…</source>
        <translation>Stichproben werden analysiert …</translation>
    </message>
    <message>
        <source>No samples of &lt;b&gt;%1&lt;/b&gt; yet. Fetch it (Ctrl+Enter) and every response becomes a sample that its fields are inferred from.</source>
        <translation>Noch keine Stichproben von &lt;b&gt;%1&lt;/b&gt;. Rufen Sie ihn ab (Strg+Eingabe), dann wird jede Antwort zu einer Stichprobe, aus der seine Felder abgeleitet werden.</translation>
    </message>
    <message numerus="yes">
        <source>Inferred from %n record(s)</source>
        <translation>
            <numerusform>Abgeleitet aus %n Datensatz</numerusform>
            <numerusform>Abgeleitet aus %n Datensätzen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> in %n sample(s)</source>
        <translation>
            <numerusform> in %n Stichprobe</numerusform>
            <numerusform> in %n Stichproben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n destination table(s)</source>
        <translation>
            <numerusform> · %n Zieltabelle</numerusform>
            <numerusform> · %n Zieltabellen</numerusform>
        </translation>
    </message>
    <message>
        <source> · key &lt;b&gt;%1&lt;/b&gt;</source>
        <translation> · Schlüssel &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source> · full refresh</source>
        <translation> · vollständige Aktualisierung</translation>
    </message>
    <message>
        <source> · incremental on &lt;b&gt;%1&lt;/b&gt;</source>
        <translation> · inkrementell über &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source> · re-analysing…</source>
        <translation> · wird neu analysiert …</translation>
    </message>
    <message>
        <source>The stream&apos;s table</source>
        <translation>Die Tabelle des Streams</translation>
    </message>
    <message>
        <source>Child table of %1, one row per element of %2</source>
        <translation>Kindtabelle von %1, eine Zeile je Element von %2</translation>
    </message>
    <message>
        <source>%1
Source: %2</source>
        <translation>%1
Quelle: %2</translation>
    </message>
    <message>
        <source>Warnings (%1)</source>
        <translation>Warnungen (%1)</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>&amp;Tabelle</translation>
    </message>
    <message>
        <source>Flatten &amp;depth</source>
        <translation>A&amp;bflachtiefe</translation>
    </message>
    <message>
        <source>Preview, warnings and drift</source>
        <translation>Vorschau, Warnungen und Drift</translation>
    </message>
</context>
<context>
    <name>cw::MappingPlan</name>
    <message>
        <source>Table %1 is named %2 in the destination (Fivetran normalises names).</source>
        <translation>Tabelle %1 heißt im Ziel %2 (Fivetran normalisiert Namen).</translation>
    </message>
    <message>
        <source>Table %1 (%2) is named %3 because %1 is taken.</source>
        <translation>Tabelle %1 (%2) heißt %3, weil %1 vergeben ist.</translation>
    </message>
    <message>
        <source>Column %1 of table %2 (%3) is named %4 because %1 is taken.</source>
        <translation>Spalte %1 der Tabelle %2 (%3) heißt %4, weil %1 vergeben ist.</translation>
    </message>
    <message>
        <source>Column %1 (%2) is named %3 in the destination (Fivetran normalises names).</source>
        <translation>Spalte %1 (%2) heißt im Ziel %3 (Fivetran normalisiert Namen).</translation>
    </message>
    <message>
        <source>%1 holds arrays, which cannot be flattened; it is kept as a JSON column.</source>
        <translation>%1 enthält Arrays, die sich nicht abflachen lassen; es bleibt eine JSON-Spalte.</translation>
    </message>
    <message>
        <source>Column %1 (%2) is not created: its path lies inside a JSON column or child table.</source>
        <translation>Spalte %1 (%2) wird nicht angelegt: Ihr Pfad liegt in einer JSON-Spalte oder Kindtabelle.</translation>
    </message>
    <message>
        <source>The %1 %2 was not seen in the samples; column %3 was added for it.</source>
        <translation>Das %1 %2 kam in den Stichproben nicht vor; dafür wurde die Spalte %3 hinzugefügt.</translation>
    </message>
    <message>
        <source>primary key field</source>
        <translation>Primärschlüsselfeld</translation>
    </message>
    <message>
        <source>cursor field</source>
        <translation>Cursorfeld</translation>
    </message>
    <message>
        <source>Child table %1 cannot refer to its parent %2, which has no primary key.</source>
        <translation>Die Kindtabelle %1 kann nicht auf ihre Elterntabelle %2 verweisen, die keinen Primärschlüssel hat.</translation>
    </message>
</context>
<context>
    <name>cw::MappingTreeModel</name>
    <message>
        <source>(left to Fivetran)</source>
        <translation>(Fivetran überlassen)</translation>
    </message>
    <message>
        <source>every value is %1</source>
        <translation>jeder Wert ist %1</translation>
    </message>
    <message>
        <source>%1 distinct values%2</source>
        <translation>%1 verschiedene Werte%2</translation>
    </message>
    <message>
        <source> (estimate)</source>
        <translation> (geschätzt)</translation>
    </message>
    <message>
        <source>longest string: %1 characters</source>
        <translation>längste Zeichenkette: %1 Zeichen</translation>
    </message>
    <message>
        <source>null in %1 % of the values; present in %2 % of the records that could have it</source>
        <translation>null in %1 % der Werte; vorhanden in %2 % der Datensätze, die es haben könnten</translation>
    </message>
    <message>
        <source>Suggested from the samples; choose a type to declare it.</source>
        <translation>Aus den Stichproben vorgeschlagen; wählen Sie einen Typ, um ihn festzulegen.</translation>
    </message>
    <message>
        <source>[each element]</source>
        <translation>[jedes Element]</translation>
    </message>
    <message>
        <source>(inside JSON or skipped)</source>
        <translation>(in JSON oder übersprungen)</translation>
    </message>
    <message>
        <source>Source field</source>
        <translation>Quellfeld</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Beobachtet</translation>
    </message>
    <message>
        <source>Nulls</source>
        <translation>Nullwerte</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Beispiel</translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation>Mapping</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Cursor</source>
        <translation>Cursor</translation>
    </message>
    <message>
        <source>Map %1 as %2</source>
        <translation>%1 als %2 abbilden</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>%1 in %2 umbenennen</translation>
    </message>
    <message>
        <source>Set the type of %1 to %2</source>
        <translation>Typ von %1 auf %2 setzen</translation>
    </message>
    <message>
        <source>Add %1 to the primary key</source>
        <translation>%1 zum Primärschlüssel hinzufügen</translation>
    </message>
    <message>
        <source>Remove %1 from the primary key</source>
        <translation>%1 aus dem Primärschlüssel entfernen</translation>
    </message>
    <message>
        <source>Use %1 as the cursor</source>
        <translation>%1 als Cursor verwenden</translation>
    </message>
    <message>
        <source>Stop syncing incrementally</source>
        <translation>Nicht mehr inkrementell synchronisieren</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Flatten</source>
        <translation>Abflachen</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Child table</source>
        <translation>Kindtabelle</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
</context>
<context>
    <name>cw::MappingWarnings</name>
    <message>
        <source>Table %1 has no primary key: Fivetran keys its rows by _fivetran_id, a hash of all values, so an updated record arrives as a new row.</source>
        <translation>Tabelle %1 hat keinen Primärschlüssel: Fivetran schlüsselt ihre Zeilen über _fivetran_id, einen Hash aller Werte, daher kommt ein geänderter Datensatz als neue Zeile an.</translation>
    </message>
    <message>
        <source>Primary key column %1 is null in %2 of %3 sample records.</source>
        <translation>Die Primärschlüsselspalte %1 ist in %2 von %3 Stichproben-Datensätzen null.</translation>
    </message>
    <message>
        <source>%1 sample records repeat a primary key (first %2); they would overwrite each other in the destination.</source>
        <translation>%1 Stichproben-Datensätze wiederholen einen Primärschlüssel (zuerst %2); sie würden sich im Ziel gegenseitig überschreiben.</translation>
    </message>
    <message>
        <source>The cursor %1 goes both up and down in the samples (first turn at record %2); an incremental sync that stops mid-way may skip records. Sort by the cursor if the API can.</source>
        <translation>Der Cursor %1 steigt und fällt in den Stichproben (erste Umkehr bei Datensatz %2); eine inkrementelle Synchronisation, die mittendrin abbricht, kann Datensätze überspringen. Sortieren Sie nach dem Cursor, wenn die API es kann.</translation>
    </message>
    <message>
        <source>%1 holds values of different types (%2); it is proposed as %3.</source>
        <translation>%1 enthält Werte verschiedener Typen (%2); vorgeschlagen wird %3.</translation>
    </message>
    <message>
        <source>The record</source>
        <translation>Der Datensatz</translation>
    </message>
    <message>
        <source>Column %1 is null in every sample; Fivetran creates it only when its type is declared.</source>
        <translation>Spalte %1 ist in jeder Stichprobe null; Fivetran legt sie nur an, wenn ihr Typ festgelegt ist.</translation>
    </message>
</context>
<context>
    <name>cw::OAuth2TokenCache</name>
    <message>
        <source>The OAuth token URL &quot;%1&quot; is not valid.</source>
        <translation>Die OAuth-Token-URL „%1“ ist ungültig.</translation>
    </message>
    <message>
        <source>Fetching an OAuth token from %1 failed: %2</source>
        <translation>Das Abrufen eines OAuth-Tokens von %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The OAuth token endpoint %1 answered HTTP %2: %3</source>
        <translation>Der OAuth-Token-Endpunkt %1 antwortete mit HTTP %2: %3</translation>
    </message>
    <message>
        <source>The OAuth token endpoint %1 answered without an access_token.</source>
        <translation>Der OAuth-Token-Endpunkt %1 antwortete ohne access_token.</translation>
    </message>
</context>
<context>
    <name>cw::PageWalker</name>
    <message>
        <source>The records path &quot;%1&quot; is not a valid JSON pointer.</source>
        <translation>Der Datensatzpfad „%1“ ist kein gültiger JSON-Pointer.</translation>
    </message>
    <message>
        <source>The response has nothing at the records path &quot;%1&quot;.</source>
        <translation>Die Antwort hat nichts am Datensatzpfad „%1“.</translation>
    </message>
    <message>
        <source>The records path &quot;%1&quot; does not fit the response&apos;s structure.</source>
        <translation>Der Datensatzpfad „%1“ passt nicht zur Struktur der Antwort.</translation>
    </message>
    <message>
        <source>The value at the records path &quot;%1&quot; is a %2, not an array.</source>
        <translation>Der Wert am Datensatzpfad „%1“ ist ein %2, kein Array.</translation>
    </message>
    <message>
        <source>Configuration values are missing: %1.</source>
        <translation>Konfigurationswerte fehlen: %1.</translation>
    </message>
    <message>
        <source>The request URL &quot;%1&quot; is not valid; check the base URL.</source>
        <translation>Die Anfrage-URL „%1“ ist ungültig; prüfen Sie die Basis-URL.</translation>
    </message>
    <message>
        <source>HTTP %1 from %2 %3: %4</source>
        <translation>HTTP %1 von %2 %3: %4</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The response from %1 is not valid JSON: %2</source>
        <translation>Die Antwort von %1 ist kein gültiges JSON: %2</translation>
    </message>
    <message>
        <source>The response has no array at the records path &quot;%1&quot;.</source>
        <translation>Die Antwort hat kein Array am Datensatzpfad „%1“.</translation>
    </message>
    <message>
        <source>Cannot read the spooled response body %1: %2</source>
        <translation>Der ausgelagerte Body der Antwort %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The response from %1 nests deeper than %2 levels (at byte %3); the workbench does not read records from it.</source>
        <translation>Die Antwort von %1 ist tiefer als %2 Ebenen verschachtelt (bei Byte %3); die Workbench liest daraus keine Datensätze.</translation>
    </message>
    <message>
        <source>The response from %1 is not valid JSON (at byte %2): %3</source>
        <translation>Die Antwort von %1 ist kein gültiges JSON (bei Byte %2): %3</translation>
    </message>
    <message>
        <source>pagination repeats: page %1 has the same records as page %2; stopped instead of asking again</source>
        <translation>Paginierung wiederholt sich: Seite %1 hat dieselben Datensätze wie Seite %2; angehalten statt erneut zu fragen</translation>
    </message>
    <message>
        <source>single request (no pagination)</source>
        <translation>einzelne Anfrage (keine Paginierung)</translation>
    </message>
    <message>
        <source>page limit of %1 reached</source>
        <translation>Seitenlimit von %1 erreicht</translation>
    </message>
    <message>
        <source>%1 is false</source>
        <translation>%1 ist false</translation>
    </message>
    <message>
        <source>empty page</source>
        <translation>leere Seite</translation>
    </message>
    <message>
        <source>all %1 records read (total)</source>
        <translation>alle %1 Datensätze gelesen (total)</translation>
    </message>
    <message>
        <source>next offset %1 of %2</source>
        <translation>nächster Offset %1 von %2</translation>
    </message>
    <message>
        <source>next offset %1</source>
        <translation>nächster Offset %1</translation>
    </message>
    <message>
        <source>last page (%1 pages in total)</source>
        <translation>letzte Seite (insgesamt %1 Seiten)</translation>
    </message>
    <message>
        <source>no Link rel=next</source>
        <translation>kein Link rel=next</translation>
    </message>
    <message>
        <source>next page %1</source>
        <translation>nächste Seite %1</translation>
    </message>
    <message>
        <source>no next cursor</source>
        <translation>kein nächster Cursor</translation>
    </message>
    <message>
        <source>next cursor from %1</source>
        <translation>nächster Cursor aus %1</translation>
    </message>
    <message>
        <source>no next URL</source>
        <translation>keine nächste URL</translation>
    </message>
    <message>
        <source>the next page is on another origin (%1); credentials are not sent there</source>
        <translation>die nächste Seite liegt auf einem anderen Ursprung (%1); Zugangsdaten werden dorthin nicht gesendet</translation>
    </message>
    <message>
        <source>next URL at %1</source>
        <translation>nächste URL bei %1</translation>
    </message>
    <message>
        <source>Link rel=next</source>
        <translation>Link rel=next</translation>
    </message>
    <message>
        <source>pagination repeats: the next request equals an earlier one (%1)</source>
        <translation>Paginierung wiederholt sich: Die nächste Anfrage gleicht einer früheren (%1)</translation>
    </message>
    <message>
        <source>the last record&apos;s %1</source>
        <translation>%1 des letzten Datensatzes</translation>
    </message>
    <message>
        <source>the last record has no %1</source>
        <translation>der letzte Datensatz hat kein %1</translation>
    </message>
</context>
<context>
    <name>cw::PaginationForm</name>
    <message>
        <source>Page size</source>
        <translation>Seitengröße</translation>
    </message>
    <message>
        <source>First page number</source>
        <translation>Nummer der ersten Seite</translation>
    </message>
    <message>
        <source>Page limit</source>
        <translation>Seitenlimit</translation>
    </message>
    <message>
        <source>Records at</source>
        <translation>Datensätze bei</translation>
    </message>
    <message>
        <source>(the body is the array)</source>
        <translation>(der Body ist das Array)</translation>
    </message>
    <message>
        <source>JSON pointer of the records array in the body, e.g. /data</source>
        <translation>JSON-Pointer des Datensatz-Arrays im Body, z. B. /data</translation>
    </message>
    <message>
        <source>Pagination type</source>
        <translation>Art der Paginierung</translation>
    </message>
    <message>
        <source>None: a single request</source>
        <translation>Keine: eine einzige Anfrage</translation>
    </message>
    <message>
        <source>Offset and limit</source>
        <translation>Offset und Limit</translation>
    </message>
    <message>
        <source>Page number</source>
        <translation>Seitennummer</translation>
    </message>
    <message>
        <source>Cursor token</source>
        <translation>Cursor-Token</translation>
    </message>
    <message>
        <source>Next URL in the body</source>
        <translation>Nächste URL im Body</translation>
    </message>
    <message>
        <source>Link header (rel=next)</source>
        <translation>Link-Header (rel=next)</translation>
    </message>
    <message>
        <source>Pagination</source>
        <translation>Paginierung</translation>
    </message>
    <message>
        <source>Page size parameter</source>
        <translation>Parameter der Seitengröße</translation>
    </message>
    <message>
        <source>limit</source>
        <translation>limit</translation>
    </message>
    <message>
        <source>The request parameter that carries the page size</source>
        <translation>Der Anfrageparameter, der die Seitengröße trägt</translation>
    </message>
    <message>
        <source>Offset parameter</source>
        <translation>Offset-Parameter</translation>
    </message>
    <message>
        <source>offset</source>
        <translation>offset</translation>
    </message>
    <message>
        <source>The request parameter that carries the offset of the first record</source>
        <translation>Der Anfrageparameter, der den Offset des ersten Datensatzes trägt</translation>
    </message>
    <message>
        <source>Page parameter</source>
        <translation>Seitenparameter</translation>
    </message>
    <message>
        <source>page</source>
        <translation>page</translation>
    </message>
    <message>
        <source>The request parameter that carries the page number</source>
        <translation>Der Anfrageparameter, der die Seitennummer trägt</translation>
    </message>
    <message>
        <source>The number of the first page: 1 for most APIs, 0 for some</source>
        <translation>Die Nummer der ersten Seite: 1 bei den meisten APIs, 0 bei manchen</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>Erste Seite</translation>
    </message>
    <message>
        <source>Cursor parameter</source>
        <translation>Cursor-Parameter</translation>
    </message>
    <message>
        <source>cursor</source>
        <translation>cursor</translation>
    </message>
    <message>
        <source>The request parameter that sends the cursor back, e.g. cursor or starting_after</source>
        <translation>Der Anfrageparameter, der den Cursor zurücksendet, z. B. cursor oder starting_after</translation>
    </message>
    <message>
        <source>Where the next cursor is</source>
        <translation>Wo der nächste Cursor steht</translation>
    </message>
    <message>
        <source>In the body, at</source>
        <translation>Im Body, bei</translation>
    </message>
    <message>
        <source>In a response header</source>
        <translation>In einem Antwort-Header</translation>
    </message>
    <message>
        <source>In the last record, at</source>
        <translation>Im letzten Datensatz, bei</translation>
    </message>
    <message>
        <source>Next cursor location</source>
        <translation>Ort des nächsten Cursors</translation>
    </message>
    <message>
        <source>/next_cursor</source>
        <translation>/next_cursor</translation>
    </message>
    <message>
        <source>Where the next page&apos;s cursor is: a JSON pointer, or a header name</source>
        <translation>Wo der Cursor der nächsten Seite steht: ein JSON-Pointer oder ein Header-Name</translation>
    </message>
    <message>
        <source>Next cursor</source>
        <translation>Nächster Cursor</translation>
    </message>
    <message>
        <source>Next URL at</source>
        <translation>Nächste URL bei</translation>
    </message>
    <message>
        <source>/next</source>
        <translation>/next</translation>
    </message>
    <message>
        <source>JSON pointer of the next page&apos;s URL in the body; relative URLs are resolved against the request</source>
        <translation>JSON-Pointer der URL der nächsten Seite im Body; relative URLs werden gegen die Anfrage aufgelöst</translation>
    </message>
    <message>
        <source>More pages flag</source>
        <translation>Kennzeichen für weitere Seiten</translation>
    </message>
    <message>
        <source>(optional) /has_more</source>
        <translation>(optional) /has_more</translation>
    </message>
    <message>
        <source>JSON pointer of a boolean that is false on the last page</source>
        <translation>JSON-Pointer eines Wahrheitswerts, der auf der letzten Seite false ist</translation>
    </message>
    <message>
        <source>Total records at</source>
        <translation>Gesamtzahl der Datensätze bei</translation>
    </message>
    <message>
        <source>(optional) /total</source>
        <translation>(optional) /total</translation>
    </message>
    <message>
        <source>JSON pointer of the number of records in all pages</source>
        <translation>JSON-Pointer der Anzahl der Datensätze aller Seiten</translation>
    </message>
    <message>
        <source>Total pages at</source>
        <translation>Gesamtzahl der Seiten bei</translation>
    </message>
    <message>
        <source>(optional) /total_pages</source>
        <translation>(optional) /total_pages</translation>
    </message>
    <message>
        <source>JSON pointer of the number of pages</source>
        <translation>JSON-Pointer der Anzahl der Seiten</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <source>Stop after this many pages; 0 reads every page</source>
        <translation>Nach so vielen Seiten anhalten; 0 liest alle Seiten</translation>
    </message>
    <message>
        <source>X-Next-Cursor</source>
        <translation>X-Next-Cursor</translation>
    </message>
    <message>
        <source>/id</source>
        <translation>/id</translation>
    </message>
</context>
<context>
    <name>cw::ParameterTableModel</name>
    <message>
        <source>Add parameter %1</source>
        <translation>Parameter %1 hinzufügen</translation>
    </message>
    <message>
        <source>Remove parameter %1</source>
        <translation>Parameter %1 entfernen</translation>
    </message>
    <message>
        <source>Rename parameter %1 to %2</source>
        <translation>Parameter %1 in %2 umbenennen</translation>
    </message>
    <message>
        <source>Send %1 in the %2</source>
        <translation>%1 im %2 senden</translation>
    </message>
    <message>
        <source>Set %1 to &quot;%2&quot;</source>
        <translation>%1 auf „%2“ setzen</translation>
    </message>
    <message>
        <source>Change whether %1 is required</source>
        <translation>Ändern, ob %1 erforderlich ist</translation>
    </message>
    <message>
        <source>Describe %1</source>
        <translation>%1 beschreiben</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>In</source>
        <translation>In</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
</context>
<context>
    <name>cw::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Connect timeout in seconds</source>
        <translation>Zeitlimit für den Verbindungsaufbau in Sekunden</translation>
    </message>
    <message>
        <source>Request timeout in seconds</source>
        <translation>Zeitlimit für eine Anfrage in Sekunden</translation>
    </message>
    <message>
        <source>From the environment (http_proxy, https_proxy, no_proxy)</source>
        <translation>Aus der Umgebung (http_proxy, https_proxy, no_proxy)</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>Kein Proxy</translation>
    </message>
    <message>
        <source>This proxy:</source>
        <translation>Dieser Proxy:</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>http://proxy.example.com:3128</source>
        <translation>http://proxy.example.com:3128</translation>
    </message>
    <message>
        <source>Proxy URL</source>
        <translation>Proxy-URL</translation>
    </message>
    <message>
        <source>Verify TLS certificates in new projects</source>
        <translation>TLS-Zertifikate in neuen Projekten prüfen</translation>
    </message>
    <message>
        <source>A project can still turn verification off for a test server; the endpoint editor then warns.</source>
        <translation>Ein Projekt kann die Prüfung für einen Testserver trotzdem ausschalten; der Endpunkt-Editor warnt dann.</translation>
    </message>
    <message>
        <source>&amp;Connect timeout:</source>
        <translation>Zeitlimit &amp;Verbindung:</translation>
    </message>
    <message>
        <source>&amp;Request timeout:</source>
        <translation>Zeitlimit &amp;Anfrage:</translation>
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation>&amp;Proxy:</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Stichproben</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Largest response in megabytes</source>
        <translation>Größte Antwort in Megabyte</translation>
    </message>
    <message>
        <source>&amp;Largest response:</source>
        <translation>Größte A&amp;ntwort:</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <source>Editor font</source>
        <translation>Schriftart des Editors</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Editor font size in points</source>
        <translation>Schriftgröße des Editors in Punkt</translation>
    </message>
    <message>
        <source>&amp;Font:</source>
        <translation>&amp;Schriftart:</translation>
    </message>
    <message>
        <source>Font &amp;size:</source>
        <translation>Schrift&amp;größe:</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>A new language takes effect when Connector Workbench starts again.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von Connector Workbench.</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>Sp&amp;rache:</translation>
    </message>
    <message>
        <source>A larger response stops with an error, so that an endless response or a decompression bomb cannot fill memory or disk.</source>
        <translation>Eine größere Antwort bricht mit einem Fehler ab, damit eine endlose Antwort oder eine Dekompressionsbombe weder Speicher noch Festplatte füllen kann.</translation>
    </message>
</context>
<context>
    <name>cw::PreviewTableModel</name>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>left to Fivetran</source>
        <translation>Fivetran überlassen</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source> · primary key</source>
        <translation> · Primärschlüssel</translation>
    </message>
    <message>
        <source>
from %1</source>
        <translation>
aus %1</translation>
    </message>
</context>
<context>
    <name>cw::ProblemsLabel</name>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Error:</source>
        <translation>Fehler:</translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation>Warnung:</translation>
    </message>
</context>
<context>
    <name>cw::ProjectDocument</name>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>Rename stream %1 to %2</source>
        <translation>Stream %1 in %2 umbenennen</translation>
    </message>
    <message>
        <source>Delete stream %1</source>
        <translation>Stream %1 löschen</translation>
    </message>
    <message>
        <source>Duplicate stream %1</source>
        <translation>Stream %1 duplizieren</translation>
    </message>
    <message>
        <source>Add stream %1</source>
        <translation>Stream %1 hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>Import %n endpoint(s) from %1</source>
        <translation>
            <numerusform>%n Endpunkt aus %1 importieren</numerusform>
            <numerusform>%n Endpunkte aus %1 importieren</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cw::RawBodyView</name>
    <message>
        <source>Raw response body</source>
        <translation>Roher Body der Antwort</translation>
    </message>
    <message>
        <source>The response has no body.</source>
        <translation>Die Antwort hat keinen Body.</translation>
    </message>
    <message>
        <source>The first %1 of %2 shown as received; the tree shows all of it.</source>
        <translation>Die ersten %1 von %2 wie empfangen angezeigt; der Baum zeigt alles.</translation>
    </message>
    <message>
        <source>Shown as received (%1): too large to pretty-print.</source>
        <translation>Wie empfangen angezeigt (%1): zu groß zum Formatieren.</translation>
    </message>
    <message>
        <source>Not valid JSON: %1</source>
        <translation>Kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>XML body: shown as text. The tree and record picking work on JSON bodies.</source>
        <translation>XML-Body: als Text angezeigt. Der Baum und die Datensatzauswahl arbeiten mit JSON-Bodys.</translation>
    </message>
    <message numerus="yes">
        <source>CSV body (%n line(s)): shown as text. The tree and record picking work on JSON bodies.</source>
        <translation>
            <numerusform>CSV-Body (%n Zeile): als Text angezeigt. Der Baum und die Datensatzauswahl arbeiten mit JSON-Bodys.</numerusform>
            <numerusform>CSV-Body (%n Zeilen): als Text angezeigt. Der Baum und die Datensatzauswahl arbeiten mit JSON-Bodys.</numerusform>
        </translation>
    </message>
    <message>
        <source>Newline-delimited JSON: one JSON value per line, shown as text.</source>
        <translation>Zeilengetrenntes JSON: ein JSON-Wert je Zeile, als Text angezeigt.</translation>
    </message>
    <message>
        <source>Plain text body (%1).</source>
        <translation>Body im Klartext (%1).</translation>
    </message>
    <message>
        <source>Binary body (%1, %2): the first %3 as a hex dump.</source>
        <translation>Binärer Body (%1, %2): die ersten %3 als Hex-Dump.</translation>
    </message>
</context>
<context>
    <name>cw::RecordPicker</name>
    <message>
        <source>Use %1 as the records of %2</source>
        <translation>%1 als Datensätze von %2 verwenden</translation>
    </message>
    <message>
        <source>the body</source>
        <translation>der Body</translation>
    </message>
    <message>
        <source>Use %1 as the primary key of %2</source>
        <translation>%1 als Primärschlüssel von %2 verwenden</translation>
    </message>
    <message>
        <source>Add %1 to the primary key of %2</source>
        <translation>%1 zum Primärschlüssel von %2 hinzufügen</translation>
    </message>
    <message>
        <source>Use %1 as the cursor of %2</source>
        <translation>%1 als Cursor von %2 verwenden</translation>
    </message>
</context>
<context>
    <name>cw::ResponseDetector</name>
    <message>
        <source>The page size is sent as %1=%2.</source>
        <translation>Die Seitengröße wird als %1=%2 gesendet.</translation>
    </message>
    <message>
        <source>The body&apos;s %1 (%2) looks like the page size.</source>
        <translation>%1 im Body (%2) sieht nach der Seitengröße aus.</translation>
    </message>
    <message>
        <source>Link header has rel=&quot;next&quot;: %1.</source>
        <translation>Der Link-Header hat rel=&quot;next&quot;: %1.</translation>
    </message>
    <message>
        <source>The next link counts pages with %1=%2.</source>
        <translation>Der nächste Link zählt Seiten mit %1=%2.</translation>
    </message>
    <message>
        <source>The body&apos;s %1 holds the next page&apos;s URL (%2%3).</source>
        <translation>%1 im Body enthält die URL der nächsten Seite (%2%3).</translation>
    </message>
    <message>
        <source>relative: </source>
        <translation>relativ: </translation>
    </message>
    <message>
        <source>The body&apos;s %1 looks like a cursor token (%2); it is sent back as %3.</source>
        <translation>%1 im Body sieht nach einem Cursor-Token aus (%2); es wird als %3 zurückgesendet.</translation>
    </message>
    <message>
        <source>%1 (%2) says whether more pages follow.</source>
        <translation>%1 (%2) gibt an, ob weitere Seiten folgen.</translation>
    </message>
    <message>
        <source>The body&apos;s %1 (%2) is a page number.</source>
        <translation>%1 im Body (%2) ist eine Seitennummer.</translation>
    </message>
    <message>
        <source>The request counts pages with %1=%2.</source>
        <translation>Die Anfrage zählt Seiten mit %1=%2.</translation>
    </message>
    <message>
        <source>%1 (%2) is the number of pages.</source>
        <translation>%1 (%2) ist die Anzahl der Seiten.</translation>
    </message>
    <message>
        <source>The body&apos;s %1 (%2) is an offset.</source>
        <translation>%1 im Body (%2) ist ein Offset.</translation>
    </message>
    <message>
        <source>The request sends %1=%2.</source>
        <translation>Die Anfrage sendet %1=%2.</translation>
    </message>
    <message>
        <source>%1 (%2) is the total number of records.</source>
        <translation>%1 (%2) ist die Gesamtzahl der Datensätze.</translation>
    </message>
    <message>
        <source>No pagination found: no Link header with rel=&quot;next&quot;, no next URL or cursor in the body, no page or offset fields.</source>
        <translation>Keine Paginierung gefunden: kein Link-Header mit rel=&quot;next&quot;, keine nächste URL und kein Cursor im Body, keine Seiten- oder Offset-Felder.</translation>
    </message>
    <message>
        <source>The body is an empty array; fetch a page that has records to detect more.</source>
        <translation>Der Body ist ein leeres Array; rufen Sie eine Seite mit Datensätzen ab, um mehr zu erkennen.</translation>
    </message>
    <message>
        <source>The body is an array, but not of objects.</source>
        <translation>Der Body ist ein Array, aber nicht aus Objekten.</translation>
    </message>
    <message>
        <source>The body itself is an array of %1 objects.</source>
        <translation>Der Body selbst ist ein Array aus %1 Objekten.</translation>
    </message>
    <message>
        <source>The body is a %1, not an object or array.</source>
        <translation>Der Body ist ein %1, kein Objekt oder Array.</translation>
    </message>
    <message>
        <source>The body has no array of objects.</source>
        <translation>Der Body hat kein Array aus Objekten.</translation>
    </message>
    <message>
        <source>The only arrays (%1) are empty; fetch a page that has records to detect more.</source>
        <translation>Die einzigen Arrays (%1) sind leer; rufen Sie eine Seite mit Datensätzen ab, um mehr zu erkennen.</translation>
    </message>
    <message>
        <source>%1 is an array of %2 objects</source>
        <translation>%1 ist ein Array aus %2 Objekten</translation>
    </message>
    <message>
        <source>, the largest of %1 arrays of objects</source>
        <translation>, das größte von %1 Arrays aus Objekten</translation>
    </message>
    <message>
        <source>, under a key that usually holds records</source>
        <translation>, unter einem Schlüssel, der meist Datensätze enthält</translation>
    </message>
    <message>
        <source>No records to find a primary key in.</source>
        <translation>Keine Datensätze, in denen ein Primärschlüssel gesucht werden kann.</translation>
    </message>
    <message>
        <source>%1 is present, not null and unique in all %2 records.</source>
        <translation>%1 ist in allen %2 Datensätzen vorhanden, nicht null und eindeutig.</translation>
    </message>
    <message>
        <source>Few records were seen, so this is a weak guess.</source>
        <translation>Es wurden nur wenige Datensätze gesehen, daher ist dies eine vage Vermutung.</translation>
    </message>
    <message>
        <source>No single id-like field is unique, but %1 and %2 together are, in all %3 records.</source>
        <translation>Kein einzelnes ID-artiges Feld ist eindeutig, aber %1 und %2 zusammen sind es, in allen %3 Datensätzen.</translation>
    </message>
    <message>
        <source>No record field looks like an identifier.</source>
        <translation>Kein Datensatzfeld sieht wie ein Bezeichner aus.</translation>
    </message>
    <message>
        <source>No id-like field (or pair of them) is present and unique in every record.</source>
        <translation>Kein ID-artiges Feld (oder Paar davon) ist in jedem Datensatz vorhanden und eindeutig.</translation>
    </message>
    <message>
        <source>No records to find an incremental cursor in.</source>
        <translation>Keine Datensätze, in denen ein inkrementeller Cursor gesucht werden kann.</translation>
    </message>
    <message>
        <source>No record field holds timestamps (RFC 3339, dates or epoch numbers).</source>
        <translation>Kein Datensatzfeld enthält Zeitstempel (RFC 3339, Datumsangaben oder Epoch-Zahlen).</translation>
    </message>
    <message>
        <source>RFC 3339 timestamps</source>
        <translation>RFC-3339-Zeitstempel</translation>
    </message>
    <message>
        <source>dates</source>
        <translation>Datumsangaben</translation>
    </message>
    <message>
        <source>epoch seconds</source>
        <translation>Epoch-Sekunden</translation>
    </message>
    <message>
        <source>epoch milliseconds</source>
        <translation>Epoch-Millisekunden</translation>
    </message>
    <message>
        <source>%1 holds %2 in %3 of %4 records</source>
        <translation>%1 enthält %2 in %3 von %4 Datensätzen</translation>
    </message>
    <message>
        <source>, in ascending order</source>
        <translation>, aufsteigend sortiert</translation>
    </message>
    <message>
        <source>, nearly ascending (%1 of %2 steps)</source>
        <translation>, nahezu aufsteigend (%1 von %2 Schritten)</translation>
    </message>
    <message>
        <source>, in descending order (%1 of %2 steps)</source>
        <translation>, absteigend sortiert (%1 von %2 Schritten)</translation>
    </message>
    <message>
        <source>The request already filters with %1=%2.</source>
        <translation>Die Anfrage filtert bereits mit %1=%2.</translation>
    </message>
    <message>
        <source>%1 (%2) says whether more pages follow, but the body has no cursor token: the next page probably starts after the last record&apos;s id, sent as %3 (Stripe style).</source>
        <translation>%1 (%2) gibt an, ob weitere Seiten folgen, aber der Body enthält kein Cursor-Token: Die nächste Seite beginnt wahrscheinlich nach der ID des letzten Datensatzes, gesendet als %3 (wie bei Stripe).</translation>
    </message>
</context>
<context>
    <name>cw::ResponseViewer</name>
    <message>
        <source>Fetch</source>
        <translation>Abrufen</translation>
    </message>
    <message>
        <source>Next Page</source>
        <translation>Nächste Seite</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Fetch the first page of the selected stream (Ctrl+Enter)</source>
        <translation>Erste Seite des ausgewählten Streams abrufen (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Fetch the next page with the stream&apos;s pagination (Ctrl+Shift+Enter)</source>
        <translation>Nächste Seite mit der Paginierung des Streams abrufen (Strg+Umschalt+Eingabe)</translation>
    </message>
    <message>
        <source>⚠ TLS certificate verification was off for this request.</source>
        <translation>⚠ Die Prüfung der TLS-Zertifikate war für diese Anfrage ausgeschaltet.</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Response headers</source>
        <translation>Header der Antwort</translation>
    </message>
    <message>
        <source>Timings</source>
        <translation>Zeiten</translation>
    </message>
    <message>
        <source>Tree</source>
        <translation>Baum</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>Roh</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Erkannt</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Stichproben</translation>
    </message>
    <message>
        <source>This project has no streams yet.</source>
        <translation>Dieses Projekt hat noch keine Streams.</translation>
    </message>
    <message>
        <source>Select a stream in the endpoint explorer.</source>
        <translation>Wählen Sie einen Stream im Endpunkt-Explorer.</translation>
    </message>
    <message>
        <source>Fetching…</source>
        <translation>Wird abgerufen …</translation>
    </message>
    <message>
        <source>Fetching page %1…</source>
        <translation>Seite %1 wird abgerufen …</translation>
    </message>
    <message>
        <source>Sample from %1 · HTTP %2 · %3 · offline</source>
        <translation>Stichprobe vom %1 · HTTP %2 · %3 · offline</translation>
    </message>
    <message>
        <source>Stored sample of %1 %2</source>
        <translation>Gespeicherte Stichprobe von %1 %2</translation>
    </message>
    <message>
        <source>Page %1 · HTTP %2 · %3 ms · %4</source>
        <translation>Seite %1 · HTTP %2 · %3 ms · %4</translation>
    </message>
    <message>
        <source> · %1 records</source>
        <translation> · %1 Datensätze</translation>
    </message>
    <message>
        <source> · last page</source>
        <translation> · letzte Seite</translation>
    </message>
    <message>
        <source> · sample not kept: %1</source>
        <translation> · Stichprobe nicht behalten: %1</translation>
    </message>
    <message>
        <source>DNS lookup	%1 ms
Connected	%2 ms
TLS done	%3 ms
First byte	%4 ms
Total		%5 ms
Processing	%6 ms

Downloaded	%7
URL		%8</source>
        <translation>DNS-Auflösung	%1 ms
Verbunden	%2 ms
TLS fertig	%3 ms
Erstes Byte	%4 ms
Gesamt		%5 ms
Verarbeitung	%6 ms

Geladen		%7
URL		%8</translation>
    </message>
    <message>
        <source>
Redirected to	%1</source>
        <translation>
Weitergeleitet an	%1</translation>
    </message>
    <message>
        <source>Response views</source>
        <translation>Ansichten der Antwort</translation>
    </message>
</context>
<context>
    <name>cw::RetryPolicy</name>
    <message>
        <source>network error: %1</source>
        <translation>Netzwerkfehler: %1</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>%1, and %2 attempts are used up</source>
        <translation>%1, und %2 Versuche sind aufgebraucht</translation>
    </message>
    <message>
        <source>%1; the server asks to wait %2 s, longer than the %3 s allowed</source>
        <translation>%1; der Server bittet, %2 s zu warten, länger als die erlaubten %3 s</translation>
    </message>
    <message>
        <source>%1, the server asks to wait %2 ms</source>
        <translation>%1, der Server bittet, %2 ms zu warten</translation>
    </message>
    <message>
        <source>%1; waiting again would exceed %2 s for this request</source>
        <translation>%1; erneutes Warten würde %2 s für diese Anfrage überschreiten</translation>
    </message>
</context>
<context>
    <name>cw::RunLogModel</name>
    <message>
        <source>wait</source>
        <translation>warten</translation>
    </message>
    <message>
        <source>attempt %1 · %2</source>
        <translation>Versuch %1 · %2</translation>
    </message>
    <message>
        <source>At</source>
        <translation>Um</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>Stream</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Pagination / note</source>
        <translation>Paginierung / Hinweis</translation>
    </message>
</context>
<context>
    <name>cw::RunPanel</name>
    <message>
        <source>Run Sync</source>
        <translation>Synchronisieren</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Reset…</source>
        <translation>Zurücksetzen …</translation>
    </message>
    <message>
        <source>Requests of the run</source>
        <translation>Anfragen des Laufs</translation>
    </message>
    <message>
        <source>Checkpoints</source>
        <translation>Checkpoints</translation>
    </message>
    <message>
        <source>Resume from This Checkpoint</source>
        <translation>Ab diesem Checkpoint fortsetzen</translation>
    </message>
    <message>
        <source>Warehouse rows</source>
        <translation>Warehouse-Zeilen</translation>
    </message>
    <message>
        <source>Sync the ticked streams into the local warehouse, continuing from its state (F5)</source>
        <translation>Die markierten Streams ins lokale Warehouse synchronisieren, ab dessen Status (F5)</translation>
    </message>
    <message>
        <source>Stop after the page in flight; everything up to the last checkpoint is kept</source>
        <translation>Nach der laufenden Seite anhalten; alles bis zum letzten Checkpoint bleibt erhalten</translation>
    </message>
    <message>
        <source>Drop the warehouse&apos;s tables, state and checkpoints, like &apos;fivetran reset&apos;</source>
        <translation>Tabellen, Status und Checkpoints des Warehouse verwerfen, wie &apos;fivetran reset&apos;</translation>
    </message>
    <message>
        <source>Streams to sync</source>
        <translation>Zu synchronisierende Streams</translation>
    </message>
    <message>
        <source>Native engine</source>
        <translation>Eigene Engine</translation>
    </message>
    <message>
        <source>connector.py (Python)</source>
        <translation>connector.py (Python)</translation>
    </message>
    <message>
        <source>Sync engine</source>
        <translation>Sync-Engine</translation>
    </message>
    <message>
        <source>Native: the workbench&apos;s own engine. connector.py: the code in the Code pane, edits included, run with python3 under the workbench&apos;s local Connector SDK runtime, into the same warehouse.</source>
        <translation>Eigene Engine: die Engine der Workbench. connector.py: der Code im Code-Bereich einschließlich Ihrer Änderungen, mit python3 unter der lokalen Connector-SDK-Laufzeit der Workbench ausgeführt, in dasselbe Warehouse.</translation>
    </message>
    <message>
        <source>Export state.json…</source>
        <translation>state.json exportieren …</translation>
    </message>
    <message>
        <source>Write the current state as a file that &apos;fivetran debug --state&apos; accepts</source>
        <translation>Den aktuellen Status als Datei schreiben, die &apos;fivetran debug --state&apos; annimmt</translation>
    </message>
    <message>
        <source>Response of the selected request</source>
        <translation>Antwort der ausgewählten Anfrage</translation>
    </message>
    <message>
        <source>Make this checkpoint&apos;s state current and sync from it: later pages are fetched again and upserted by key, so nothing is duplicated</source>
        <translation>Den Status dieses Checkpoints zum aktuellen machen und ab dort synchronisieren: Spätere Seiten werden erneut abgerufen und per Schlüssel eingefügt oder aktualisiert, daher wird nichts doppelt angelegt</translation>
    </message>
    <message>
        <source>Run log</source>
        <translation>Laufprotokoll</translation>
    </message>
    <message>
        <source>Debug and above</source>
        <translation>Debug und höher</translation>
    </message>
    <message>
        <source>Info and above</source>
        <translation>Info und höher</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>Warnungen und Fehler</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>Nur Fehler</translation>
    </message>
    <message>
        <source>Log level</source>
        <translation>Protokollstufe</translation>
    </message>
    <message>
        <source>Filter the log</source>
        <translation>Protokoll filtern</translation>
    </message>
    <message>
        <source>Warehouse table</source>
        <translation>Warehouse-Tabelle</translation>
    </message>
    <message>
        <source>SELECT … FROM … (read-only; Enter runs it)</source>
        <translation>SELECT … FROM … (nur lesend; Eingabe führt aus)</translation>
    </message>
    <message>
        <source>SQL query</source>
        <translation>SQL-Abfrage</translation>
    </message>
    <message>
        <source>Run SQL</source>
        <translation>SQL ausführen</translation>
    </message>
    <message>
        <source>Sync summary</source>
        <translation>Zusammenfassung der Synchronisation</translation>
    </message>
    <message>
        <source>The summary of the last sync appears here when it ends.</source>
        <translation>Die Zusammenfassung der letzten Synchronisation erscheint hier, wenn sie endet.</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Tick All</source>
        <translation>Alle markieren</translation>
    </message>
    <message>
        <source>All streams</source>
        <translation>Alle Streams</translation>
    </message>
    <message numerus="yes">
        <source>%n stream(s)</source>
        <translation>
            <numerusform>%n Stream</numerusform>
            <numerusform>%n Streams</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet …</translation>
    </message>
    <message>
        <source>There is no connector.py yet: wait for the Code pane to generate it.</source>
        <translation>Es gibt noch keine connector.py: Warten Sie, bis der Code-Bereich sie erzeugt hat.</translation>
    </message>
    <message>
        <source>Cannot write connector.py to %1.</source>
        <translation>connector.py kann nicht nach %1 geschrieben werden.</translation>
    </message>
    <message>
        <source>Stream %1 started</source>
        <translation>Stream %1 gestartet</translation>
    </message>
    <message>
        <source>Stream %1 failed: %2</source>
        <translation>Stream %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Stream %1 finished: %2</source>
        <translation>Stream %1 beendet: %2</translation>
    </message>
    <message>
        <source>%1 requests · %2 retries · %3 pages · %4 rows · %5 records/s · %6 · %7 s</source>
        <translation>%1 Anfragen · %2 Wiederholungen · %3 Seiten · %4 Zeilen · %5 Datensätze/s · %6 · %7 s</translation>
    </message>
    <message>
        <source>%1 · </source>
        <translation>%1 · </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Angehalten: %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Only the latest %1 responses are kept during a run.</source>
        <translation>Während eines Laufs werden nur die letzten %1 Antworten behalten.</translation>
    </message>
    <message>
        <source>(no warehouse yet)</source>
        <translation>(noch kein Warehouse)</translation>
    </message>
    <message>
        <source>%1 (%2 rows)</source>
        <translation>%1 (%2 Zeilen)</translation>
    </message>
    <message>
        <source>(no tables yet)</source>
        <translation>(noch keine Tabellen)</translation>
    </message>
    <message>
        <source>Export State</source>
        <translation>Status exportieren</translation>
    </message>
    <message>
        <source>There is no state yet: run a sync first.</source>
        <translation>Es gibt noch keinen Status: Synchronisieren Sie zuerst.</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Resume from Checkpoint</source>
        <translation>Ab Checkpoint fortsetzen</translation>
    </message>
    <message>
        <source>Reset Warehouse</source>
        <translation>Warehouse zurücksetzen</translation>
    </message>
    <message>
        <source>Drop every table, the state and the checkpoint log of %1? The next sync starts from the beginning.</source>
        <translation>Alle Tabellen, den Status und das Checkpoint-Protokoll von %1 verwerfen? Die nächste Synchronisation beginnt von vorn.</translation>
    </message>
    <message>
        <source>Warehouse reset.</source>
        <translation>Warehouse zurückgesetzt.</translation>
    </message>
    <message>
        <source>Run details</source>
        <translation>Details des Laufs</translation>
    </message>
    <message>
        <source>fivetran debug (Fivetran CLI)</source>
        <translation>fivetran debug (Fivetran-CLI)</translation>
    </message>
    <message>
        <source>fivetran debug: the project exported to %1 and run by the installed Fivetran CLI (%2) into its own DuckDB warehouse; its log and operation counts appear here.</source>
        <translation>fivetran debug: das Projekt, nach %1 exportiert und von der installierten Fivetran-CLI (%2) in deren eigenes DuckDB-Warehouse ausgeführt; ihr Protokoll und ihre Operationszahlen erscheinen hier.</translation>
    </message>
    <message>
        <source>With the Fivetran CLI installed (pip install fivetran-connector-sdk), fivetran debug is offered too.</source>
        <translation>Ist die Fivetran-CLI installiert (pip install fivetran-connector-sdk), wird auch fivetran debug angeboten.</translation>
    </message>
    <message>
        <source>Exporting to %1 and running fivetran debug…</source>
        <translation>Export nach %1 und Ausführung von fivetran debug…</translation>
    </message>
    <message>
        <source>fivetran debug in %1</source>
        <translation>fivetran debug in %1</translation>
    </message>
    <message>
        <source>Operation counts reported by the tester:</source>
        <translation>Vom Tester gemeldete Operationen:</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Angehalten.</translation>
    </message>
    <message>
        <source>Sync SUCCEEDED</source>
        <translation>Sync ERFOLGREICH</translation>
    </message>
    <message>
        <source>Sync FAILED: %1</source>
        <translation>Sync FEHLGESCHLAGEN: %1</translation>
    </message>
    <message>
        <source>see the log</source>
        <translation>siehe Protokoll</translation>
    </message>
    <message>
        <source>The tester&apos;s own warehouse and state are in %1 (DuckDB), not in the Results tab.</source>
        <translation>Warehouse und Zustand des Testers liegen in %1 (DuckDB), nicht im Reiter Ergebnisse.</translation>
    </message>
</context>
<context>
    <name>cw::SampleStore</name>
    <message>
        <source>The body has %1 bytes%2; the first %3 were kept.</source>
        <translation>Der Body hat %1 Bytes%2; die ersten %3 wurden behalten.</translation>
    </message>
    <message>
        <source> (spooled to disk when fetched)</source>
        <translation> (beim Abruf auf die Festplatte ausgelagert)</translation>
    </message>
    <message>
        <source>The sample database is not open.</source>
        <translation>Die Stichprobendatenbank ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>Cannot open the sample database %1: %2</source>
        <translation>Die Stichprobendatenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The sample database %1 has schema version %2; this build knows up to %3. Use a newer Connector Workbench.</source>
        <translation>Die Stichprobendatenbank %1 hat die Schemaversion %2; dieser Build kennt bis %3. Verwenden Sie eine neuere Connector Workbench.</translation>
    </message>
    <message>
        <source>Cannot create the sample database %1: %2</source>
        <translation>Die Stichprobendatenbank %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>Cannot store the sample: %1</source>
        <translation>Die Stichprobe kann nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>cw::SamplesView</name>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Fetched</source>
        <translation>Abgerufen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Stored samples</source>
        <translation>Gespeicherte Stichproben</translation>
    </message>
    <message>
        <source>Save the project to keep every fetched response as a sample beside it, for use without the network.</source>
        <translation>Speichern Sie das Projekt, um jede abgerufene Antwort als Stichprobe daneben zu behalten, zur Nutzung ohne Netzwerk.</translation>
    </message>
    <message>
        <source>The samples database %1 cannot be opened: %2</source>
        <translation>Die Stichprobendatenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Select a stream to see its samples.</source>
        <translation>Wählen Sie einen Stream, um seine Stichproben zu sehen.</translation>
    </message>
    <message numerus="yes">
        <source>%n sample(s) of %1 in %2</source>
        <translation>
            <numerusform>%n Stichprobe von %1 in %2</numerusform>
            <numerusform>%n Stichproben von %1 in %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cw::SchemaDrift</name>
    <message>
        <source>no type (only null)</source>
        <translation>kein Typ (nur null)</translation>
    </message>
    <message>
        <source>%1 is new (%2).</source>
        <translation>%1 ist neu (%2).</translation>
    </message>
    <message>
        <source>%1 changed from %2 to %3.</source>
        <translation>%1 hat sich von %2 zu %3 geändert.</translation>
    </message>
    <message>
        <source>%1 no longer appears (it was %2).</source>
        <translation>%1 kommt nicht mehr vor (war %2).</translation>
    </message>
</context>
<context>
    <name>cw::SchemaDriftView</name>
    <message>
        <source>added</source>
        <translation>hinzugekommen</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>type changed</source>
        <translation>Typ geändert</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Annehmen</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>Ab&amp;lehnen</translation>
    </message>
    <message>
        <source>Accept A&amp;ll</source>
        <translation>A&amp;lle annehmen</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Source field</source>
        <translation>Quellfeld</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Schema changes</source>
        <translation>Schemaänderungen</translation>
    </message>
    <message>
        <source>The mapping follows the new samples</source>
        <translation>Das Mapping folgt den neuen Stichproben</translation>
    </message>
    <message>
        <source>The mapping keeps what it had: an added field is skipped, a removed column stays, a retyped column keeps its type</source>
        <translation>Das Mapping bleibt wie es war: Ein neues Feld wird übersprungen, eine entfernte Spalte bleibt, eine Spalte mit neuem Typ behält ihren Typ</translation>
    </message>
    <message>
        <source>No drift: the latest samples have the fields and types the mapping was made from.</source>
        <translation>Keine Drift: Die neuesten Stichproben haben die Felder und Typen, aus denen das Mapping entstand.</translation>
    </message>
    <message>
        <source>The latest samples differ from those the mapping was made from. Accept a change to follow the new samples, or reject it to keep the mapping as it was.</source>
        <translation>Die neuesten Stichproben weichen von denen ab, aus denen das Mapping entstand. Nehmen Sie eine Änderung an, um den neuen Stichproben zu folgen, oder lehnen Sie sie ab, um das Mapping beizubehalten.</translation>
    </message>
    <message numerus="yes">
        <source>Accept %n schema change(s)</source>
        <translation>
            <numerusform>%n Schemaänderung annehmen</numerusform>
            <numerusform>%n Schemaänderungen annehmen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reject %n schema change(s)</source>
        <translation>
            <numerusform>%n Schemaänderung ablehnen</numerusform>
            <numerusform>%n Schemaänderungen ablehnen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cw::SchemaInferrer</name>
    <message>
        <source>a string at %1</source>
        <translation>eine Zeichenkette bei %1</translation>
    </message>
    <message>
        <source>Values nested deeper than %1 levels (first below %2) were not analysed; they stay inside the JSON column of their ancestor.</source>
        <translation>Werte, die tiefer als %1 Ebenen verschachtelt sind (zuerst unter %2), wurden nicht analysiert; sie bleiben in der JSON-Spalte ihres Vorfahren.</translation>
    </message>
    <message>
        <source>Only the first %1 paths were analysed; %2 values under further paths (first %3) were skipped.</source>
        <translation>Nur die ersten %1 Pfade wurden analysiert; %2 Werte unter weiteren Pfaden (zuerst %3) wurden übersprungen.</translation>
    </message>
    <message>
        <source>%1 duplicate key(s) in one object (first %2); only the first value of each was analysed, and most JSON readers keep the last.</source>
        <translation>%1 doppelte(r) Schlüssel in einem Objekt (zuerst %2); nur der jeweils erste Wert wurde analysiert, die meisten JSON-Leser behalten den letzten.</translation>
    </message>
    <message>
        <source>%1 string(s) with invalid UTF-8 (first %2); they were read with U+FFFD in place of the broken bytes.</source>
        <translation>%1 Zeichenkette(n) mit ungültigem UTF-8 (zuerst %2); sie wurden mit U+FFFD anstelle der defekten Bytes gelesen.</translation>
    </message>
    <message>
        <source>Integers beyond 64 bits at %1 path(s) (first %2); they are proposed as DECIMAL(38,0) or STRING so that no digit is lost.</source>
        <translation>Ganze Zahlen über 64 Bit an %1 Pfad(en) (zuerst %2); sie werden als DECIMAL(38,0) oder STRING vorgeschlagen, damit keine Ziffer verloren geht.</translation>
    </message>
    <message>
        <source>The body is not valid JSON at byte %1: %2</source>
        <translation>Der Body ist bei Byte %1 kein gültiges JSON: %2</translation>
    </message>
    <message>
        <source>byte %1 of a body</source>
        <translation>Byte %1 eines Bodys</translation>
    </message>
    <message>
        <source>The body has nothing at %1.</source>
        <translation>Der Body hat nichts bei %1.</translation>
    </message>
</context>
<context>
    <name>cw::SecretStore</name>
    <message>
        <source>The keychain did not store a secret: %1</source>
        <translation>Der Schlüsselbund hat einen geheimen Wert nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Cannot write the secrets file %1.</source>
        <translation>Die Datei mit den geheimen Werten %1 kann nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>cw::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Filter by action or keys</source>
        <translation>Nach Aktion oder Tasten filtern</translation>
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translation>Tastenkürzel filtern</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <source>%1 pane</source>
        <translation>Bereich %1</translation>
    </message>
</context>
<context>
    <name>cw::StreamSamples</name>
    <message>
        <source>The workspace database %1 cannot be opened: %2</source>
        <translation>Die Arbeitsbereichsdatenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Sample %1 (%2): %3</source>
        <translation>Stichprobe %1 (%2): %3</translation>
    </message>
    <message>
        <source>Sample %1 nests deeper than %2 levels (at byte %3): its fields are inferred, its rows are not previewed.</source>
        <translation>Stichprobe %1 ist tiefer als %2 Ebenen verschachtelt (bei Byte %3): Ihre Felder werden abgeleitet, ihre Zeilen nicht in der Vorschau gezeigt.</translation>
    </message>
</context>
<context>
    <name>cw::StreamSettingsDialog</name>
    <message>
        <source>Pagination and Sync of %1</source>
        <translation>Paginierung und Synchronisation von %1</translation>
    </message>
    <message>
        <source>Records and pagination</source>
        <translation>Datensätze und Paginierung</translation>
    </message>
    <message>
        <source>Incremental sync</source>
        <translation>Inkrementelle Synchronisation</translation>
    </message>
    <message>
        <source>updated_since</source>
        <translation>updated_since</translation>
    </message>
    <message>
        <source>Child stream</source>
        <translation>Untergeordneter Stream</translation>
    </message>
    <message>
        <source>Parent stream</source>
        <translation>Übergeordneter Stream</translation>
    </message>
    <message>
        <source>(none: not a child stream)</source>
        <translation>(keiner: kein untergeordneter Stream)</translation>
    </message>
    <message>
        <source>For each record of</source>
        <translation>Für jeden Datensatz von</translation>
    </message>
    <message>
        <source>Take the field</source>
        <translation>Das Feld nehmen</translation>
    </message>
    <message>
        <source>/id</source>
        <translation>/id</translation>
    </message>
    <message>
        <source>JSON pointer of the value in the parent record</source>
        <translation>JSON-Pointer des Werts im übergeordneten Datensatz</translation>
    </message>
    <message>
        <source>Into the path parameter</source>
        <translation>In den Pfadparameter</translation>
    </message>
    <message>
        <source>customer_id</source>
        <translation>customer_id</translation>
    </message>
    <message>
        <source>The {name} in this stream&apos;s path that receives the value</source>
        <translation>Das {name} im Pfad dieses Streams, das den Wert erhält</translation>
    </message>
    <message>
        <source>Edit pagination and sync of %1</source>
        <translation>Paginierung und Synchronisation von %1 bearbeiten</translation>
    </message>
    <message>
        <source>updated_at</source>
        <translation>updated_at</translation>
    </message>
</context>
<context>
    <name>cw::StreamTreeModel</name>
    <message>
        <source>Streams</source>
        <translation>Streams</translation>
    </message>
    <message numerus="yes">
        <source>%n stream(s)</source>
        <translation>
            <numerusform>%n Stream</numerusform>
            <numerusform>%n Streams</numerusform>
        </translation>
    </message>
    <message>
        <source>Pagination: %1</source>
        <translation>Paginierung: %1</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
</context>
<context>
    <name>cw::SyncEngine</name>
    <message>
        <source>unknown reason</source>
        <translation>unbekannter Grund</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>%1: %2 table(s) (%3), columns from %4</source>
        <translation>%1: %2 Tabelle(n) (%3), Spalten aus %4</translation>
    </message>
    <message>
        <source>%1 sampled record(s)</source>
        <translation>%1 Stichproben-Datensatz/-Datensätze</translation>
    </message>
    <message>
        <source>the first page</source>
        <translation>der ersten Seite</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: resuming from %2 = %3</source>
        <translation>%1: Fortsetzung ab %2 = %3</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>The parent stream &quot;%1&quot; does not exist.</source>
        <translation>Der Elternstream „%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>Reading the parent stream %1 failed: %2</source>
        <translation>Das Lesen des Elternstreams %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1: %2 answered 404; skipped</source>
        <translation>%1: %2 antwortete 404; übersprungen</translation>
    </message>
    <message>
        <source>read for %1 %2 record(s)</source>
        <translation>gelesen für %1 %2-Datensatz/-Datensätze</translation>
    </message>
    <message>
        <source>The warehouse is not open.</source>
        <translation>Das Warehouse ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>The project has no stream &quot;%1&quot;.</source>
        <translation>Das Projekt hat keinen Stream „%1“.</translation>
    </message>
    <message>
        <source>previous state: %1</source>
        <translation>vorheriger Status: %1</translation>
    </message>
    <message>
        <source>stream %1: %2</source>
        <translation>Stream %1: %2</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>the deletions feed needs the table&apos;s primary key, and %1 has none</source>
        <translation>der Lösch-Feed braucht den Primärschlüssel der Tabelle, und %1 hat keinen</translation>
    </message>
    <message>
        <source>%1: reading the deletions feed %2</source>
        <translation>%1: Lösch-Feed %2 wird gelesen</translation>
    </message>
    <message>
        <source>%1: reading the deletions feed %2 from %3 = %4</source>
        <translation>%1: Lösch-Feed %2 wird ab %3 = %4 gelesen</translation>
    </message>
    <message>
        <source>reading the deletions feed failed: %1</source>
        <translation>Lesen des Lösch-Feeds fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1: %2 deleted record(s) lacked the key at %3 and were skipped</source>
        <translation>%1: %2 gelöschte(n) Datensätzen fehlte der Schlüssel unter %3; sie wurden übersprungen</translation>
    </message>
    <message>
        <source>the deletions feed stopped: %1</source>
        <translation>der Lösch-Feed brach ab: %1</translation>
    </message>
    <message>
        <source>%1 deletion(s) read from %2 (%3)</source>
        <translation>%1 Löschung(en) aus %2 gelesen (%3)</translation>
    </message>
</context>
<context>
    <name>cw::SyncLogModel</name>
    <message>
        <source>At</source>
        <translation>Um</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>Stream</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>cw::WalkJob</name>
    <message>
        <source>The parent stream &quot;%1&quot; does not exist.</source>
        <translation>Der Elternstream „%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>Reading the parent stream %1 failed: %2</source>
        <translation>Das Lesen des Elternstreams %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>read for %1 %2 record(s)</source>
        <translation>gelesen für %1 %2-Datensatz/-Datensätze</translation>
    </message>
    <message>
        <source>The project has no stream &quot;%1&quot;.</source>
        <translation>Das Projekt hat keinen Stream „%1“.</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>cw::Warehouse</name>
    <message>
        <source>SQLite cannot prepare a statement: %1</source>
        <translation>SQLite kann eine Anweisung nicht vorbereiten: %1</translation>
    </message>
    <message>
        <source>SQLite: %1</source>
        <translation>SQLite: %1</translation>
    </message>
    <message>
        <source>A table needs a name.</source>
        <translation>Eine Tabelle braucht einen Namen.</translation>
    </message>
    <message>
        <source>The table name &quot;%1&quot; is reserved for the warehouse&apos;s own tables.</source>
        <translation>Der Tabellenname „%1“ ist für die eigenen Tabellen des Warehouse reserviert.</translation>
    </message>
    <message>
        <source>The primary key column &quot;%1&quot; of table %2 has no column.</source>
        <translation>Die Primärschlüsselspalte „%1“ der Tabelle %2 hat keine Spalte.</translation>
    </message>
    <message>
        <source>The primary key of table %1 changed from (%2) to (%3); reset the warehouse to sync with the new key.</source>
        <translation>Der Primärschlüssel der Tabelle %1 hat sich von (%2) zu (%3) geändert; setzen Sie das Warehouse zurück, um mit dem neuen Schlüssel zu synchronisieren.</translation>
    </message>
    <message>
        <source>SQLite cannot prepare the upsert into %1: %2</source>
        <translation>SQLite kann den Upsert in %1 nicht vorbereiten: %2</translation>
    </message>
    <message>
        <source>Cannot open the warehouse %1: %2</source>
        <translation>Das Warehouse %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The warehouse %1 has schema version %2; this build knows up to %3. Use a newer Connector Workbench.</source>
        <translation>Das Warehouse %1 hat die Schemaversion %2; dieser Build kennt bis %3. Verwenden Sie eine neuere Connector Workbench.</translation>
    </message>
    <message>
        <source>Cannot create the warehouse %1: %2</source>
        <translation>Das Warehouse %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>The warehouse is not open.</source>
        <translation>Das Warehouse ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>Unknown table handle %1.</source>
        <translation>Unbekanntes Tabellen-Handle %1.</translation>
    </message>
    <message>
        <source>The table %1 vanished.</source>
        <translation>Die Tabelle %1 ist verschwunden.</translation>
    </message>
    <message>
        <source>A row for %1 has %2 values; the table has %3 columns.</source>
        <translation>Eine Zeile für %1 hat %2 Werte; die Tabelle hat %3 Spalten.</translation>
    </message>
    <message>
        <source>%1 must be a JSON object of column names to values, not %2.</source>
        <translation>%1 muss ein JSON-Objekt aus Spaltennamen und Werten sein, nicht %2.</translation>
    </message>
    <message>
        <source>The data of an upsert into %1</source>
        <translation>Die Daten eines Upserts in %1</translation>
    </message>
    <message>
        <source>An upsert into %1 has no value for the primary key column %2.</source>
        <translation>Ein Upsert in %1 hat keinen Wert für die Primärschlüsselspalte %2.</translation>
    </message>
    <message>
        <source>The keys for table %1 lack the column %2.</source>
        <translation>Den Schlüsseln für Tabelle %1 fehlt die Spalte %2.</translation>
    </message>
    <message>
        <source>The data of an update of %1</source>
        <translation>Die Daten einer Aktualisierung von %1</translation>
    </message>
    <message>
        <source>An update of %1, which has no rows yet.</source>
        <translation>Eine Aktualisierung von %1, das noch keine Zeilen hat.</translation>
    </message>
    <message>
        <source>The keys of a delete from %1</source>
        <translation>Die Schlüssel einer Löschung aus %1</translation>
    </message>
    <message>
        <source>A state must be a JSON object, not %1.</source>
        <translation>Ein Status muss ein JSON-Objekt sein, nicht %1.</translation>
    </message>
    <message>
        <source>The warehouse has no checkpoint %1.</source>
        <translation>Das Warehouse hat keinen Checkpoint %1.</translation>
    </message>
    <message>
        <source>restored checkpoint %1</source>
        <translation>Checkpoint %1 wiederhergestellt</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The query is empty.</source>
        <translation>Die Abfrage ist leer.</translation>
    </message>
    <message>
        <source>Run one statement at a time.</source>
        <translation>Führen Sie jeweils nur eine Anweisung aus.</translation>
    </message>
    <message>
        <source>Only statements that read are allowed here.</source>
        <translation>Hier sind nur lesende Anweisungen erlaubt.</translation>
    </message>
</context>
<context>
    <name>cw::WarehouseQueryModel</name>
    <message>
        <source>No warehouse yet: run a sync first.</source>
        <translation>Noch kein Warehouse: Synchronisieren Sie zuerst.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Design, run and export Fivetran connectors.</source>
        <translation>Fivetran-Connectors entwerfen, ausführen und exportieren.</translation>
    </message>
    <message>
        <source>A project file to open.</source>
        <translation>Eine zu öffnende Projektdatei.</translation>
    </message>
    <message>
        <source>Open the built-in demo project.</source>
        <translation>Das eingebaute Demoprojekt öffnen.</translation>
    </message>
</context>
</TS>
