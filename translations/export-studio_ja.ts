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
<context>
    <name>PlatformEmulator</name>
    <message>
        <source>A local platform that speaks the export API of the customer-data platform: IMS tokens, Catalog datasets and batches, export jobs, segment definitions, merge policies, audiences and Data Access, with real exports of generated profiles.</source>
        <translation>顧客データプラットフォームの書き出し API を話すローカルプラットフォームです。IMS トークン、Catalog のデータセットとバッチ、書き出しジョブ、セグメント定義、結合ポリシー、オーディエンス、Data Access に応え、生成したプロファイルを実際に書き出します。</translation>
    </message>
    <message>
        <source>TCP port to listen on; 0 picks a free port (default: 0).</source>
        <translation>待ち受ける TCP ポートです。0 を指定すると空いているポートを選びます（既定値: 0）。</translation>
    </message>
    <message>
        <source>port</source>
        <comment>value name of a command-line option</comment>
        <translation>ポート</translation>
    </message>
    <message>
        <source>Address to listen on (default: 127.0.0.1). Anything other than a loopback address makes the platform reachable from other machines.</source>
        <translation>待ち受けるアドレスです（既定値: 127.0.0.1）。ループバック以外のアドレスを指定すると、他のマシンからも接続できるようになります。</translation>
    </message>
    <message>
        <source>address</source>
        <comment>value name of a command-line option</comment>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>Folder for the SQLite state and the exported files; kept across restarts. Without it a temporary folder is used and removed on exit.</source>
        <translation>SQLite の状態と書き出したファイルを置くフォルダーです。再起動後も残ります。指定しない場合は一時フォルダーを使い、終了時に削除します。</translation>
    </message>
    <message>
        <source>folder</source>
        <comment>value name of a command-line option</comment>
        <translation>フォルダー</translation>
    </message>
    <message>
        <source>Profiles with a profile record in the demo organization&apos;s &quot;prod&quot; sandbox (default: 2000). Other sandboxes get a tenth; one profile in twenty more has only events.</source>
        <translation>デモ組織の「prod」サンドボックスに置く、プロファイルレコードを持つプロファイルの数です（既定値: 2000）。他のサンドボックスにはその 10 分の 1 を置きます。さらに 20 件に 1 件の割合で、イベントだけを持つプロファイルを加えます。</translation>
    </message>
    <message>
        <source>count</source>
        <comment>value name of a command-line option</comment>
        <translation>件数</translation>
    </message>
    <message>
        <source>Seed of the generated profiles, segments and policies (default: 1). The same seed always gives the same data.</source>
        <translation>生成するプロファイル、セグメント、ポリシーのシードです（既定値: 1）。同じシードからは常に同じデータが生成されます。</translation>
    </message>
    <message>
        <source>number</source>
        <comment>value name of a command-line option</comment>
        <translation>数値</translation>
    </message>
    <message>
        <source>Seconds that each stage of an export lasts at least: queue wait, profile export and dataset write (default: 0, as fast as the disk allows). Use 5 to watch jobs move in a demo.</source>
        <translation>書き出しの各段階（キュー待ち、プロファイル書き出し、データセット書き込み）が最低限かかる秒数です（既定値: 0、ディスクの速度どおり）。デモでジョブの進み具合を見せるには 5 を指定します。</translation>
    </message>
    <message>
        <source>seconds</source>
        <comment>value name of a command-line option</comment>
        <translation>秒数</translation>
    </message>
    <message>
        <source>Lifetime of issued access tokens in seconds (default: 86399).</source>
        <translation>発行するアクセストークンの有効期間（秒）です（既定値: 86399）。</translation>
    </message>
    <message>
        <source>Misbehaviour to inject, as comma-separated kind=rate items (rates 0..1 or percentages): fail=R (export jobs end FAILED), 429=R[:SECONDS] (Too Many Requests with Retry-After, default 1), 5xx=R (500, 502, 503 or 504), slow=R[:MS] (answer late, default 1500 ms), drop=R (close the connection without an answer), seed=N (reproducible dice).</source>
        <translation>注入する異常動作を、種類=割合 をカンマで区切って指定します（割合は 0〜1 または百分率）: fail=R（書き出しジョブを失敗させる）、429=R[:秒]（Retry-After 付きの Too Many Requests、既定 1 秒）、5xx=R（500、502、503 または 504）、slow=R[:ミリ秒]（応答を遅らせる、既定 1500 ミリ秒）、drop=R（応答せずに接続を切る）、seed=N（結果を再現できる乱数）。</translation>
    </message>
    <message>
        <source>spec</source>
        <comment>value name of a command-line option</comment>
        <translation>指定</translation>
    </message>
    <message>
        <source>Add demo data on first start: a union-schema dataset, a dataset on another schema and three past jobs (succeeded, failed, cancelled).</source>
        <translation>初回起動時にデモデータを追加します: 和集合スキーマのデータセット、別のスキーマのデータセット、過去の書き出しジョブ 3 件（成功、失敗、キャンセル済み）。</translation>
    </message>
    <message>
        <source>Append every request to this file as JSON Lines (method, path, query, sandbox, status, bytes, duration, request body). Tokens and secrets are never written.</source>
        <translation>すべてのリクエストをこのファイルに JSON Lines 形式で追記します（メソッド、パス、クエリ、サンドボックス、ステータス、バイト数、所要時間、リクエスト本文）。トークンやシークレットは書き込みません。</translation>
    </message>
    <message>
        <source>file</source>
        <comment>value name of a command-line option</comment>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Records per exported file before a new file of the batch starts (default: 250000).</source>
        <translation>書き出すファイル 1 つあたりのレコード数です。これを超えるとバッチの次のファイルに書き込みます（既定値: 250000）。</translation>
    </message>
    <message>
        <source>Try --help.</source>
        <translation>--help で使い方を確認してください。</translation>
    </message>
    <message>
        <source>Examples:</source>
        <translation>例:</translation>
    </message>
    <message>
        <source>Every URL of the platform is served on the one port: point both the gateway URL and the IMS URL of a connection at the printed base URL.</source>
        <translation>プラットフォームのすべての URL を 1 つのポートで提供します。接続のゲートウェイ URL と IMS URL の両方に、表示されたベース URL を指定してください。</translation>
    </message>
    <message>
        <source>--port must be a number from 0 to 65535.</source>
        <translation>--port には 0〜65535 の数値を指定してください。</translation>
    </message>
    <message>
        <source>--bind: &apos;%1&apos; is not an IP address.</source>
        <translation>--bind: 「%1」は IP アドレスではありません。</translation>
    </message>
    <message>
        <source>--profiles must be a number from 0 to 50000000.</source>
        <translation>--profiles には 0〜50000000 の数値を指定してください。</translation>
    </message>
    <message>
        <source>--seed must be a whole number.</source>
        <translation>--seed には整数を指定してください。</translation>
    </message>
    <message>
        <source>--pace must be a number of seconds from 0 to 3600.</source>
        <translation>--pace には 0〜3600 の秒数を指定してください。</translation>
    </message>
    <message>
        <source>--token-lifetime must be a number of seconds from 1.</source>
        <translation>--token-lifetime には 1 以上の秒数を指定してください。</translation>
    </message>
    <message>
        <source>--records-per-file must be a number from 1.</source>
        <translation>--records-per-file には 1 以上の数値を指定してください。</translation>
    </message>
    <message>
        <source>--chaos: %1</source>
        <translation>--chaos: %1</translation>
    </message>
    <message>
        <source>The local platform is listening on %1</source>
        <translation>ローカルプラットフォームは %1 で待ち受けています</translation>
    </message>
    <message>
        <source>  Gateway URL:    %1</source>
        <translation>  ゲートウェイ URL:  %1</translation>
    </message>
    <message>
        <source>  IMS URL:        %1 (POST /ims/token/v3)</source>
        <translation>  IMS URL:           %1 (POST /ims/token/v3)</translation>
    </message>
    <message>
        <source>  Org ID:         %1</source>
        <translation>  組織 ID:           %1</translation>
    </message>
    <message>
        <source>  Client ID:      %1</source>
        <translation>  クライアント ID:   %1</translation>
    </message>
    <message>
        <source>  Client secret:  %1 (demo credentials of the local platform)</source>
        <translation>  クライアントシークレット: %1（ローカルプラットフォームのデモ用認証情報）</translation>
    </message>
    <message>
        <source>  Sandboxes:      %1</source>
        <translation>  サンドボックス:    %1</translation>
    </message>
    <message>
        <source>  Data folder:    %1</source>
        <translation>  データフォルダー:  %1</translation>
    </message>
    <message>
        <source>  Profiles:       %1 (seed %2)</source>
        <translation>  プロファイル:      %1 件（シード %2）</translation>
    </message>
    <message>
        <source>  Chaos:          %1</source>
        <translation>  異常動作の注入:    %1</translation>
    </message>
    <message>
        <source>  Pace:           %1 s per stage</source>
        <translation>  ペース:            段階ごとに %1 秒</translation>
    </message>
    <message>
        <source>Press Ctrl+C to stop.</source>
        <translation>Ctrl+C で停止します。</translation>
    </message>
</context>
</TS>
