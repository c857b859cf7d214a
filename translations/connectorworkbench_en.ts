<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>FivetranDebugJob</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fivetran command is not installed (pip install fivetran-connector-sdk).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project could not be exported to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the configuration for fivetran debug: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::AddEndpointDialog</name>
    <message>
        <source>Add Endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/customers/{customer_id}/orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>derived from the path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::Autosaver</name>
    <message>
        <source>Cannot create the autosave folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot lock the autosave slot in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the autosave copy to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The autosaved copy %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::CheckpointModel</name>
    <message>
        <source>%1 upserts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 deletes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 truncates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 schema changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(state unchanged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::CodePane</name>
    <message>
        <source>Review Changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated connector.py</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping changed since you edited the code: see how the newly generated code differs from yours, then keep your edits or take the new code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regenerated connector.py</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connector.py (your edits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connector.py (generated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping changed after you edited the code. Lines with - are yours, lines with + the newly generated ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace My Edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep My Edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Edited by you.&lt;/b&gt; The mapping changed since; your code is kept until you review the difference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Edited by you.&lt;/b&gt; Later mapping changes will not overwrite it without asking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generating connector.py…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated connector.py for the Fivetran Connector SDK; it follows every mapping edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syntax error, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code files</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::ConfigurationDialog</name>
    <message>
        <source>Configuration of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This project has no configuration fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secret: never written to the project file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret values are kept in memory for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep secret values in a file only I can read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for the system keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret values go to the system keychain when the project is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret values are kept in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;No keychain service is running&lt;/b&gt; (%1). Secret values stay in memory for this session only, unless you keep them in a file below.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::ConnectionDialog</name>
    <message>
        <source>Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headers sent with every request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify TLS certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection and Auth of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://api.example.com/v1 or {{ config.base_url }}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headers sent with every request (values may use {{ config.key }}):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn off only for a test server with a self-signed certificate: the warning stays visible while it is off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ TLS verification off: anyone on the network path can read and change this project&apos;s traffic, credentials included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP basic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth 2 client credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X-API-Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the key in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the query string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send it in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://auth.example.com/oauth/token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read:orders read:customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials belong in secret configuration fields: write {{ config.key }}; a field it names that does not exist yet is added as a secret one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration fields (configuration.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A template such as %1; the value itself is entered in Configuration, kept out of the project file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written to configuration.json and the project file; never for secret fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (secret)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK also adds the configuration field(s) %1 that the templates name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit connection and auth</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::DeletionsDialog</name>
    <message>
        <source>Feed path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no deletions feed) /deletions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GET path of the endpoint that lists deleted records, relative to the base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resource=customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query parameters sent with every request of the feed, as name=value&amp;name=value; values may use {{ config.key }}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key in each record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON pointers of the primary-key values in a deleted record, one per key column, comma separated; empty: where this stream&apos;s records hold them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted records and pagination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cursor of the feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted_at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletions Feed of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deletions feed marks rows deleted by their primary key, and the table %1 has none yet: choose its primary key in the mapping editor first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After each sync of %1, the feed is read and every record it lists marks the row of %2 with the same %3 deleted (_fivetran_deleted). Its cursor is kept in the state as deletions_cursor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stream reads no deletions feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the deletions feed of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the deletions feed of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::DetectionView</name>
    <message>
        <source>Apply Proposals to Stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Detection needs a JSON response.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the body (%1 records)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 records)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pagination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, filter with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply detected structure to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::EndpointEditor</name>
    <message>
        <source>Add Parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/path/{id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group (tag or folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ TLS certificate verification is turned off for this project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit request of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>single request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offset %1 + limit %2=%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cursor %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next URL at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link header rel=next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; records at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; incremental on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; one request per %1 record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key in %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP basic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth 2 client credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (configured)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 not set; use File → Configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base URL, headers, authentication, TLS and configuration fields of the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit connection and auth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records path, pagination, incremental cursor and parent stream of this endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit pagination and sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cursor %1 from the last record&apos;s %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint that lists this stream&apos;s deleted records, and how to read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit deletions feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the stream&apos;s pages: GET %1?%2, marking the rows it lists deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows deleted upstream stay in the destination until a deletions feed says they are gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (child stream)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::EndpointExplorer</name>
    <message>
        <source>Filter endpoints (name or path)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate the selected endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Endpoint…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::ExportDialog</name>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Connector Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fivetran connection name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name &apos;fivetran deploy --connection&apos; uses: lowercase letters, digits and _</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off: secret fields are empty strings, to be filled in Fivetran or from the CI&apos;s secret store. configuration.json is in .gitignore either way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export linter findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks of the Fivetran Connector SDK&apos;s rules:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No findings: ready to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) must be fixed before the export.</source>
        <translation>
            <numerusform>%n error must be fixed before the export.</numerusform>
            <numerusform>%n errors must be fixed before the export.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n file(s) to %1. Run &lt;code&gt;fivetran debug&lt;/code&gt; there to test it, and &lt;code&gt;fivetran deploy --connection %2&lt;/code&gt; to deploy it.</source>
        <translation>
            <numerusform>Exported %n file to %1. Run &lt;code&gt;fivetran debug&lt;/code&gt; there to test it, and &lt;code&gt;fivetran deploy --connection %2&lt;/code&gt; to deploy it.</numerusform>
            <numerusform>Exported %n files to %1. Run &lt;code&gt;fivetran debug&lt;/code&gt; there to test it, and &lt;code&gt;fivetran deploy --connection %2&lt;/code&gt; to deploy it.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write &amp;secret values into configuration.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace the exported files in a folder that has files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connection name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::FindBar</name>
    <message>
        <source>Match case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace All</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>%n replaced</numerusform>
            <numerusform>%n replaced</numerusform>
        </translation>
    </message>
    <message>
        <source>No match</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::FivetranTypeDelegate</name>
    <message>
        <source>(left to Fivetran)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::HttpClient</name>
    <message>
        <source>Cannot resolve host name %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to %1:%2 (connection refused or unreachable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connection to %1 after %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No first byte from %1 after %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response from %1 took longer than %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS certificate not trusted for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS handshake with %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed the connection without sending a response.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed the connection before the whole body arrived (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 broke: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body from %1 could not be decompressed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libcurl could not be initialised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported URL scheme &quot;%1&quot; in %2; use http or https.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response from %1 is larger than %2 MB; reading stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the response body to a temporary file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect loop: %1 was already visited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many redirects (more than %1), last to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::ImportReportDialog</name>
    <message>
        <source>Import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 endpoint(s) read from %2 · %3 error(s), %4 warning(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint / problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoints (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; records at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems and notes (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to Current Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open as New Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoints and problems</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::Importer</name>
    <message>
        <source>A single quote is not closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A $&apos;...&apos; string is not closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A double quote is not closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The extra argument &quot;%1&quot; was ignored; only one URL is imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option %1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header &quot;%1&quot; has no colon and was ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body comes from the file %1, which is not imported; paste the body instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password for basic authentication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password given with %1 was replaced by the secret configuration field &quot;password&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 turns off TLS certificate checks; the project keeps that, but only do this for test servers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploads (%1) are not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option %1 is not known and was ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command has no URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent as the query parameter %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The query parameter %1 looks like a credential; it was replaced by a secret configuration field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a HAR recording: it has no log.entries list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recording holds no requests with an absolute URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry has no request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an absolute URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 entries in all could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n request(s) that are not GET: not read endpoints.</source>
        <translation>
            <numerusform>Skipped %n request that is not GET: not a read endpoint.</numerusform>
            <numerusform>Skipped %n requests that are not GET: not read endpoints.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n request(s) for pages, scripts, styles, images and fonts.</source>
        <translation>
            <numerusform>Skipped %n request for pages, scripts, styles, images and fonts.</numerusform>
            <numerusform>Skipped %n requests for pages, scripts, styles, images and fonts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n request(s) to %1: a project talks to one base URL (%2), the most frequent one.</source>
        <translation>
            <numerusform>Skipped %n request to %1: a project talks to one base URL (%2), the most frequent one.</numerusform>
            <numerusform>Skipped %n requests to %1: a project talks to one base URL (%2), the most frequent one.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not recognised as OpenAPI, Swagger, a Postman collection, a HAR file or a cURL command; name the format explicitly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API&apos;s base URL, e.g. https://api.example.com/v1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON is not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bearer token sent in the Authorization header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential sent in the %1 header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 header holds a credential; it was replaced by a secret configuration field and not copied into the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cookie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Cookie header the API expects (a session).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cookies were replaced by the secret configuration field &quot;cookie&quot;; a session cookie usually expires, so prefer an API key or token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key sent in the %1 header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value of the %1 header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 header looks like a credential; it was replaced by a secret configuration field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document is not an OpenAPI object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document has neither an &quot;openapi&quot; nor a &quot;swagger&quot; version, so it is not OpenAPI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swagger %1 is not 2.0; reading it as 2.0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenAPI %1 is not 3.x; reading it as 3.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The external reference &quot;%1&quot; is not followed; only references inside the document (&quot;#/...&quot;) are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reference &quot;%1&quot; points at nothing in the document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reference &quot;%1&quot; goes round in a cycle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document names no server; enter the API&apos;s base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document gives only the path &quot;%1&quot;; enter the full base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document has no absolute server URL; the base URL became the configuration field &quot;base_url&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key of &quot;%1&quot; is sent in a %2, which the workbench does not support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent in the %1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bearer token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An OAuth 2 access token for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; uses an interactive OAuth 2 flow; the project sends an access token you provide instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The security scheme &quot;%1&quot; (%2) is not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document has no paths.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The path item is not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped %1 %2: not a read endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operation could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parameter &quot;%1&quot; in &quot;%2&quot; is not supported and was left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The YAML is not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a Postman collection (the top level is not an object).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a Postman collection v1, which is not supported; export it from Postman again as Collection v2.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a Postman collection (it has no &quot;info&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The collection schema %1 is not v2.0 or v2.1; reading it as v2.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The collection has no items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dynamic variable {{%1}} has no equivalent and was left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Postman variable the collection does not define (an environment variable?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Was a literal value in the collection; enter it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item is not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped %1: not a read endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request has no URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OAuth 2 flow is interactive; the project sends an access token you provide instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The auth type &quot;%1&quot; is not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: the request goes to %1, not to the base URL %2; a project talks to one API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request uses other authentication than the collection; the project uses one for all streams.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The method %1 is not one a project can send (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::IncrementalForm</name>
    <message>
        <source>Cursor field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(full refresh) %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record field whose largest value is kept in the state, e.g. %1; empty: every sync reads everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request parameter that asks for records from the stored cursor on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cursor format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC 3339 date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds since 1970</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milliseconds since 1970</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As stored (raw)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start value from configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none: the first sync reads everything)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lookback window in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask again for this many seconds before the stored cursor, for records that arrive late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lookback</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::JsonBodyTree</name>
    <message>
        <source>JSONPath query, e.g. $.data[?@.tier == &apos;enterprise&apos;].id  (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSONPath query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSONPath runs on bodies up to %1 MB; use a smaller page size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use as Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use as Primary Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to Primary Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use as Cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Pick the records array first to choose keys and cursors)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::JsonIndexLoader</name>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::JsonIndexModel</name>
    <message>
        <source>[1 item]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[%1 items]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::JsonPath</name>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;$&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the query nests deeper than %1 levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a member name, &apos;*&apos; or &apos;[&apos; after &apos;..&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a member name or &apos;*&apos; after &apos;.&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a selector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;-0&quot; is not an index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>integers must not have leading zeros</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>integer out of range (at most 2^53 - 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>control character in a string; escape it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid escape &apos;\%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unpaired surrogate in \u escape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected four hexadecimal digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1() returns a value, not a logical result; compare it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a literal on its own is not a test; compare it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;==&apos; to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only singular queries (names and indices) can be compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1() returns a logical result, which cannot be compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a query, a literal or a function call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown name &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown function &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1() takes one argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1() takes two arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the argument of %1() must be a query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the arguments of %1() must be single values: literals, singular queries or functions returning a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>numbers must not have leading zeros</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a digit after &apos;.&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a digit in the exponent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::MainWindow</name>
    <message>
        <source>Endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fetch failed; see the response pane.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Demo Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import File (OpenAPI, Postman, HAR)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import c&amp;URL Command…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from UR&amp;L…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Connector Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Configuration…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fetch Selected Stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sync Ticked Streams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync &amp;Selected Stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset Warehouse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Connector Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connector Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connector Workbench did not close properly. Unsaved changes to &quot;%1&quot; were kept from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project had never been saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project file is %1; it is not changed until you save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask &amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovered unsaved changes to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be opened. The current project stays open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Opened %1 with %n warning(s).</source>
        <translation>
            <numerusform>Opened %1 with %n warning.</numerusform>
            <numerusform>Opened %1 with %n warnings.</numerusform>
        </translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo API could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo API running at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project was not saved: %1
The previous file is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Connector Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Connector Workbench %1&lt;/h3&gt;&lt;p&gt;Turn a REST API into an incremental Fivetran Connector SDK connector: explore endpoints, map the schema, run syncs locally and export the project.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import API Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API descriptions (*.json *.yaml *.yml *.har *.txt *.sh);;OpenAPI / Swagger (*.json *.yaml *.yml);;Postman collections (*.json);;HAR recordings (*.har);;cURL commands (*.txt *.sh);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cURL Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a curl command (quotes and line continuations are fine):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cURL command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL of an OpenAPI / Swagger document, Postman collection or HAR file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered HTTP %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recorded in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 endpoint(s) from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> Save the project to keep its %n recorded response(s) as samples.</source>
        <translation>
            <numerusform> Save the project to keep its %n recorded response as a sample.</numerusform>
            <numerusform> Save the project to keep its %n recorded responses as samples.</numerusform>
        </translation>
    </message>
    <message>
        <source>dropped text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connector Workbench projects (*.cwproj);;JSON files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Advance Demo API by a Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo API updates, adds and deletes records as if a day had passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo API: a day passed with %1 records updated, %2 added and %3 deleted; sync again to read them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::MappingEditor</name>
    <message>
        <source>Destination table name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flatten nested objects to depth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nested objects are flattened into columns named parent_child down to this depth; deeper ones are kept as JSON columns. Change single fields in the tree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-analyse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read every sample of this stream again and infer its fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source fields and their mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema drift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema drift (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename table to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flatten to depth %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a stream to map its fields to destination tables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysing the samples…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No samples of &lt;b&gt;%1&lt;/b&gt; yet. Fetch it (Ctrl+Enter) and every response becomes a sample that its fields are inferred from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Inferred from %n record(s)</source>
        <translation>
            <numerusform>Inferred from %n record</numerusform>
            <numerusform>Inferred from %n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> in %n sample(s)</source>
        <translation>
            <numerusform> in %n sample</numerusform>
            <numerusform> in %n samples</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n destination table(s)</source>
        <translation>
            <numerusform> · %n destination table</numerusform>
            <numerusform> · %n destination tables</numerusform>
        </translation>
    </message>
    <message>
        <source> · key &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · full refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · incremental on &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · re-analysing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stream&apos;s table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child table of %1, one row per element of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Source: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flatten &amp;depth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview, warnings and drift</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::MappingPlan</name>
    <message>
        <source>Table %1 is named %2 in the destination (Fivetran normalises names).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table %1 (%2) is named %3 because %1 is taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1 of table %2 (%3) is named %4 because %1 is taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1 (%2) is named %3 in the destination (Fivetran normalises names).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds arrays, which cannot be flattened; it is kept as a JSON column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1 (%2) is not created: its path lies inside a JSON column or child table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 %2 was not seen in the samples; column %3 was added for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>primary key field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cursor field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child table %1 cannot refer to its parent %2, which has no primary key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::MappingTreeModel</name>
    <message>
        <source>(left to Fivetran)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every value is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 distinct values%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (estimate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>longest string: %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>null in %1 % of the values; present in %2 % of the records that could have it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested from the samples; choose a type to declare it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[each element]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(inside JSON or skipped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nulls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map %1 as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the type of %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 to the primary key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from the primary key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use %1 as the cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop syncing incrementally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flatten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::MappingWarnings</name>
    <message>
        <source>Table %1 has no primary key: Fivetran keys its rows by _fivetran_id, a hash of all values, so an updated record arrives as a new row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary key column %1 is null in %2 of %3 sample records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sample records repeat a primary key (first %2); they would overwrite each other in the destination.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cursor %1 goes both up and down in the samples (first turn at record %2); an incremental sync that stops mid-way may skip records. Sort by the cursor if the API can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds values of different types (%2); it is proposed as %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1 is null in every sample; Fivetran creates it only when its type is declared.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::OAuth2TokenCache</name>
    <message>
        <source>The OAuth token URL &quot;%1&quot; is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching an OAuth token from %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OAuth token endpoint %1 answered HTTP %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OAuth token endpoint %1 answered without an access_token.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::PageWalker</name>
    <message>
        <source>The records path &quot;%1&quot; is not a valid JSON pointer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response has nothing at the records path &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records path &quot;%1&quot; does not fit the response&apos;s structure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value at the records path &quot;%1&quot; is a %2, not an array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration values are missing: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request URL &quot;%1&quot; is not valid; check the base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1 from %2 %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response from %1 is not valid JSON: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response has no array at the records path &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the spooled response body %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response from %1 nests deeper than %2 levels (at byte %3); the workbench does not read records from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response from %1 is not valid JSON (at byte %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pagination repeats: page %1 has the same records as page %2; stopped instead of asking again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>single request (no pagination)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page limit of %1 reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all %1 records read (total)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next offset %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next offset %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last page (%1 pages in total)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no Link rel=next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no next cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next cursor from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no next URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the next page is on another origin (%1); credentials are not sent there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next URL at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link rel=next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pagination repeats: the next request equals an earlier one (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last record&apos;s %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last record has no %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::PaginationForm</name>
    <message>
        <source>Page size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First page number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the body is the array)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON pointer of the records array in the body, e.g. /data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pagination type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: a single request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offset and limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cursor token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next URL in the body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link header (rel=next)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pagination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page size parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request parameter that carries the page size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offset parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request parameter that carries the offset of the first record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request parameter that carries the page number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of the first page: 1 for most APIs, 0 for some</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cursor parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request parameter that sends the cursor back, e.g. cursor or starting_after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the next cursor is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the body, at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a response header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the last record, at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next cursor location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/next_cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the next page&apos;s cursor is: a JSON pointer, or a header name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next URL at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON pointer of the next page&apos;s URL in the body; relative URLs are resolved against the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More pages flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(optional) /has_more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON pointer of a boolean that is false on the last page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total records at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(optional) /total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON pointer of the number of records in all pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total pages at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(optional) /total_pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON pointer of the number of pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop after this many pages; 0 reads every page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X-Next-Cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/id</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::ParameterTableModel</name>
    <message>
        <source>Add parameter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove parameter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename parameter %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send %1 in the %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set %1 to &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change whether %1 is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect timeout in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request timeout in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the environment (http_proxy, https_proxy, no_proxy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This proxy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>http://proxy.example.com:3128</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify TLS certificates in new projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A project can still turn verification off for a test server; the endpoint editor then warns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Request timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest response in megabytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Largest response:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editor font</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> pt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editor font size in points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Font:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Font &amp;size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language takes effect when Connector Workbench starts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A larger response stops with an error, so that an endless response or a decompression bomb cannot fill memory or disk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::PreviewTableModel</name>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left to Fivetran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · primary key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
from %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::ProblemsLabel</name>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::ProjectDocument</name>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename stream %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete stream %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate stream %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add stream %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Import %n endpoint(s) from %1</source>
        <translation>
            <numerusform>Import %n endpoint from %1</numerusform>
            <numerusform>Import %n endpoints from %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cw::RawBodyView</name>
    <message>
        <source>Raw response body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response has no body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first %1 of %2 shown as received; the tree shows all of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown as received (%1): too large to pretty-print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XML body: shown as text. The tree and record picking work on JSON bodies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>CSV body (%n line(s)): shown as text. The tree and record picking work on JSON bodies.</source>
        <translation>
            <numerusform>CSV body (%n line): shown as text. The tree and record picking work on JSON bodies.</numerusform>
            <numerusform>CSV body (%n lines): shown as text. The tree and record picking work on JSON bodies.</numerusform>
        </translation>
    </message>
    <message>
        <source>Newline-delimited JSON: one JSON value per line, shown as text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain text body (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Binary body (%1, %2): the first %3 as a hex dump.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::RecordPicker</name>
    <message>
        <source>Use %1 as the records of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use %1 as the primary key of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 to the primary key of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use %1 as the cursor of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::ResponseDetector</name>
    <message>
        <source>The page size is sent as %1=%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body&apos;s %1 (%2) looks like the page size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link header has rel=&quot;next&quot;: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next link counts pages with %1=%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body&apos;s %1 holds the next page&apos;s URL (%2%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relative: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body&apos;s %1 looks like a cursor token (%2); it is sent back as %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) says whether more pages follow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body&apos;s %1 (%2) is a page number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request counts pages with %1=%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) is the number of pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body&apos;s %1 (%2) is an offset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request sends %1=%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) is the total number of records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pagination found: no Link header with rel=&quot;next&quot;, no next URL or cursor in the body, no page or offset fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body is an empty array; fetch a page that has records to detect more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body is an array, but not of objects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body itself is an array of %1 objects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body is a %1, not an object or array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body has no array of objects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The only arrays (%1) are empty; fetch a page that has records to detect more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an array of %2 objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, the largest of %1 arrays of objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, under a key that usually holds records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No records to find a primary key in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is present, not null and unique in all %2 records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Few records were seen, so this is a weak guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No single id-like field is unique, but %1 and %2 together are, in all %3 records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No record field looks like an identifier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No id-like field (or pair of them) is present and unique in every record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No records to find an incremental cursor in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No record field holds timestamps (RFC 3339, dates or epoch numbers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC 3339 timestamps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>epoch seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>epoch milliseconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds %2 in %3 of %4 records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, in ascending order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, nearly ascending (%1 of %2 steps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, in descending order (%1 of %2 steps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request already filters with %1=%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) says whether more pages follow, but the body has no cursor token: the next page probably starts after the last record&apos;s id, sent as %3 (Stripe style).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::ResponseViewer</name>
    <message>
        <source>Fetch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch the first page of the selected stream (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch the next page with the stream&apos;s pagination (Ctrl+Shift+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ TLS certificate verification was off for this request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This project has no streams yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a stream in the endpoint explorer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching page %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample from %1 · HTTP %2 · %3 · offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored sample of %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 · HTTP %2 · %3 ms · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1 records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · last page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · sample not kept: %1</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Redirected to	%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response views</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::RetryPolicy</name>
    <message>
        <source>network error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, and %2 attempts are used up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; the server asks to wait %2 s, longer than the %3 s allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, the server asks to wait %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; waiting again would exceed %2 s for this request</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::RunLogModel</name>
    <message>
        <source>wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attempt %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pagination / note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::RunPanel</name>
    <message>
        <source>Run Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests of the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume from This Checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warehouse rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync the ticked streams into the local warehouse, continuing from its state (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop after the page in flight; everything up to the last checkpoint is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop the warehouse&apos;s tables, state and checkpoints, like &apos;fivetran reset&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Streams to sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Native engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connector.py (Python)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Native: the workbench&apos;s own engine. connector.py: the code in the Code pane, edits included, run with python3 under the workbench&apos;s local Connector SDK runtime, into the same warehouse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export state.json…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the current state as a file that &apos;fivetran debug --state&apos; accepts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response of the selected request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make this checkpoint&apos;s state current and sync from it: later pages are fetched again and upserted by key, so nothing is duplicated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debug and above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info and above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warehouse table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SELECT … FROM … (read-only; Enter runs it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQL query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run SQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The summary of the last sync appears here when it ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All streams</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n stream(s)</source>
        <translation>
            <numerusform>%n stream</numerusform>
            <numerusform>%n streams</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no connector.py yet: wait for the Code pane to generate it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write connector.py to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream %1 started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream %1 finished: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 requests · %2 retries · %3 pages · %4 rows · %5 records/s · %6 · %7 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the latest %1 responses are kept during a run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no warehouse yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 rows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no tables yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no state yet: run a sync first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume from Checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset Warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop every table, the state and the checkpoint log of %1? The next sync starts from the beginning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warehouse reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fivetran debug (Fivetran CLI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fivetran debug: the project exported to %1 and run by the installed Fivetran CLI (%2) into its own DuckDB warehouse; its log and operation counts appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With the Fivetran CLI installed (pip install fivetran-connector-sdk), fivetran debug is offered too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting to %1 and running fivetran debug…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fivetran debug in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation counts reported by the tester:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync SUCCEEDED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync FAILED: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tester&apos;s own warehouse and state are in %1 (DuckDB), not in the Results tab.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::SampleStore</name>
    <message>
        <source>The body has %1 bytes%2; the first %3 were kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (spooled to disk when fetched)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample database is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the sample database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample database %1 has schema version %2; this build knows up to %3. Use a newer Connector Workbench.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the sample database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot store the sample: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::SamplesView</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the project to keep every fetched response as a sample beside it, for use without the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The samples database %1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a stream to see its samples.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n sample(s) of %1 in %2</source>
        <translation>
            <numerusform>%n sample of %1 in %2</numerusform>
            <numerusform>%n samples of %1 in %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cw::SchemaDrift</name>
    <message>
        <source>no type (only null)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is new (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no longer appears (it was %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::SchemaDriftView</name>
    <message>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept A&amp;ll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping follows the new samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping keeps what it had: an added field is skipped, a removed column stays, a retyped column keeps its type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No drift: the latest samples have the fields and types the mapping was made from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latest samples differ from those the mapping was made from. Accept a change to follow the new samples, or reject it to keep the mapping as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Accept %n schema change(s)</source>
        <translation>
            <numerusform>Accept %n schema change</numerusform>
            <numerusform>Accept %n schema changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reject %n schema change(s)</source>
        <translation>
            <numerusform>Reject %n schema change</numerusform>
            <numerusform>Reject %n schema changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cw::SchemaInferrer</name>
    <message>
        <source>a string at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values nested deeper than %1 levels (first below %2) were not analysed; they stay inside the JSON column of their ancestor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the first %1 paths were analysed; %2 values under further paths (first %3) were skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 duplicate key(s) in one object (first %2); only the first value of each was analysed, and most JSON readers keep the last.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 string(s) with invalid UTF-8 (first %2); they were read with U+FFFD in place of the broken bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integers beyond 64 bits at %1 path(s) (first %2); they are proposed as DECIMAL(38,0) or STRING so that no digit is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body is not valid JSON at byte %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>byte %1 of a body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body has nothing at %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::SecretStore</name>
    <message>
        <source>The keychain did not store a secret: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the secrets file %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by action or keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pane</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::StreamSamples</name>
    <message>
        <source>The workspace database %1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample %1 nests deeper than %2 levels (at byte %3): its fields are inferred, its rows are not previewed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::StreamSettingsDialog</name>
    <message>
        <source>Pagination and Sync of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records and pagination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incremental sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updated_since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none: not a child stream)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For each record of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON pointer of the value in the parent record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Into the path parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer_id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {name} in this stream&apos;s path that receives the value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit pagination and sync of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updated_at</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::StreamTreeModel</name>
    <message>
        <source>Streams</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n stream(s)</source>
        <translation>
            <numerusform>%n stream</numerusform>
            <numerusform>%n streams</numerusform>
        </translation>
    </message>
    <message>
        <source>Pagination: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::SyncEngine</name>
    <message>
        <source>unknown reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 table(s) (%3), columns from %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sampled record(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: resuming from %2 = %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parent stream &quot;%1&quot; does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the parent stream %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 answered 404; skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read for %1 %2 record(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The warehouse is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project has no stream &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>previous state: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stream %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the deletions feed needs the table&apos;s primary key, and %1 has none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: reading the deletions feed %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: reading the deletions feed %2 from %3 = %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the deletions feed failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 deleted record(s) lacked the key at %3 and were skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the deletions feed stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 deletion(s) read from %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::SyncLogModel</name>
    <message>
        <source>At</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::WalkJob</name>
    <message>
        <source>The parent stream &quot;%1&quot; does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the parent stream %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read for %1 %2 record(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project has no stream &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::Warehouse</name>
    <message>
        <source>SQLite cannot prepare a statement: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A table needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table name &quot;%1&quot; is reserved for the warehouse&apos;s own tables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The primary key column &quot;%1&quot; of table %2 has no column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The primary key of table %1 changed from (%2) to (%3); reset the warehouse to sync with the new key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite cannot prepare the upsert into %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the warehouse %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The warehouse %1 has schema version %2; this build knows up to %3. Use a newer Connector Workbench.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the warehouse %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The warehouse is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown table handle %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table %1 vanished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A row for %1 has %2 values; the table has %3 columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a JSON object of column names to values, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data of an upsert into %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An upsert into %1 has no value for the primary key column %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keys for table %1 lack the column %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data of an update of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An update of %1, which has no rows yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keys of a delete from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A state must be a JSON object, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The warehouse has no checkpoint %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restored checkpoint %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The query is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run one statement at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only statements that read are allowed here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::WarehouseQueryModel</name>
    <message>
        <source>No warehouse yet: run a sync first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Design, run and export Fivetran connectors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A project file to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the built-in demo project.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
