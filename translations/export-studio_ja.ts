<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>Application</name>
    <message>
        <source>Create, monitor and cancel customer-profile export jobs.</source>
        <translation>顧客プロファイルの書き出しジョブを作成、監視、キャンセルします。</translation>
    </message>
    <message>
        <source>Interface language: %1.</source>
        <translation>表示言語: %1</translation>
    </message>
    <message>
        <source>language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;. Available: %2.</source>
        <translation>言語「%1」には対応していません。利用できる言語: %2</translation>
    </message>
</context>
<context>
    <name>DatasetRequest</name>
    <message>
        <source>%1 is required.</source>
        <translation>%1 は必須です。</translation>
    </message>
    <message>
        <source>%1 has a value of the wrong type.</source>
        <translation>%1 の値の型が正しくありません。</translation>
    </message>
    <message>
        <source>%1 must not be blank.</source>
        <translation>%1 を空欄にすることはできません。</translation>
    </message>
    <message>
        <source>%1: “%2” is not a schema URI, such as https://ns.adobe.com/xdm/context/profile__union.</source>
        <translation>%1: 「%2」はスキーマの URI ではありません（例: https://ns.adobe.com/xdm/context/profile__union）。</translation>
    </message>
    <message>
        <source>%1 is not the profile union schema; exports into this dataset will fail.</source>
        <translation>%1 がプロファイル和集合スキーマではありません。このデータセットへの書き出しは失敗します。</translation>
    </message>
</context>
<context>
    <name>ExportJobRequest</name>
    <message>
        <source>%1 is required.</source>
        <translation>%1 は必須です。</translation>
    </message>
    <message>
        <source>%1 has a value of the wrong type.</source>
        <translation>%1 の値の型が正しくありません。</translation>
    </message>
    <message>
        <source>%1 must not be blank.</source>
        <translation>%1 を空欄にすることはできません。</translation>
    </message>
    <message>
        <source>%1 must not contain spaces.</source>
        <translation>%1 に空白を含めることはできません。</translation>
    </message>
    <message>
        <source>%1 lists no status; leave it out to use the default (realized, existing).</source>
        <translation>%1 にステータスが 1 つもありません。デフォルト（realized、existing）を使う場合は省略してください。</translation>
    </message>
    <message>
        <source>%1: “%2” is not a segment status (realized, existing or exited).</source>
        <translation>%1: 「%2」はセグメントのステータスではありません。realized、existing、exited のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>%1: segment “%2” is already in the list.</source>
        <translation>%1: セグメント「%2」はすでに一覧にあります。</translation>
    </message>
    <message>
        <source>%1: “%2” is not an RFC 3339 date and time, such as 2019-09-01T00:00:00Z.</source>
        <translation>%1: 「%2」は RFC 3339 形式の日時ではありません（例: 2019-09-01T00:00:00Z）。</translation>
    </message>
    <message>
        <source>%1 is earlier than %2.</source>
        <translation>%1 が %2 より前になっています。</translation>
    </message>
    <message>
        <source>%1 has an empty entry; separate field paths with single commas.</source>
        <translation>%1 に空の項目があります。フィールドパスはカンマ 1 つで区切ってください。</translation>
    </message>
    <message>
        <source>%1: “%2” is not a field path (letters, digits and underscores joined by dots, without spaces).</source>
        <translation>%1: 「%2」はフィールドパスではありません。英数字とアンダースコアをドットでつなぎ、空白は入れないでください。</translation>
    </message>
    <message>
        <source>%1 must be 1 or more.</source>
        <translation>%1 は 1 以上にしてください。</translation>
    </message>
    <message>
        <source>%1 is on but no segments are listed, so everything goes into one batch.</source>
        <translation>%1 がオンですが、セグメントが指定されていないため、すべてが 1 つのバッチに書き出されます。</translation>
    </message>
</context>
<context>
    <name>JobStatus</name>
    <message>
        <source>New</source>
        <comment>export job status</comment>
        <translation>新規</translation>
    </message>
    <message>
        <source>Processing</source>
        <comment>export job status</comment>
        <translation>処理中</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <comment>export job status</comment>
        <translation>成功</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>export job status</comment>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>export job status</comment>
        <translation>キャンセル済み</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Export Studio</source>
        <translation>Export Studio</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Export Studio</source>
        <translation>Export Studio について(&amp;A)</translation>
    </message>
    <message>
        <source>No export jobs yet.</source>
        <translation>書き出しジョブはまだありません。</translation>
    </message>
    <message>
        <source>About Export Studio</source>
        <translation>Export Studio について</translation>
    </message>
    <message>
        <source>Export Studio %1

Create, monitor and cancel customer-profile export jobs.</source>
        <translation>Export Studio %1

顧客プロファイルの書き出しジョブを作成、監視、キャンセルします。</translation>
    </message>
</context>
</TS>
