/** What config.xml needs to know of each daemon. */
export interface DaemonPlace {
  readonly name: string;
  readonly folder: string;
  readonly guiPort: number;
  readonly listenPort: number;
  readonly apiKey: string;
  readonly deviceId: string;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** config.xml (format version 36, what 1.19 generates); elements left out take Syncthing's defaults. */
export function configXml(folderId: string, self: DaemonPlace, all: readonly DaemonPlace[]): string {
  const devices = all
    .map(
      (d) => `  <device id="${d.deviceId}" name="${esc(d.name)}" compression="metadata" introducer="false">
    <address>${d === self ? 'dynamic' : `tcp://127.0.0.1:${d.listenPort}`}</address>
    <paused>false</paused>
    <autoAcceptFolders>false</autoAcceptFolders>
  </device>`,
    )
    .join('\n');
  const folderDevices = all.map((d) => `    <device id="${d.deviceId}" introducedBy=""></device>`).join('\n');
  return `<configuration version="36">
  <folder id="${folderId}" label="Đồng bộ LTT" path="${esc(self.folder)}" type="sendreceive" rescanIntervalS="5" fsWatcherEnabled="true" fsWatcherDelayS="1" ignorePerms="false" autoNormalize="true">
    <filesystemType>basic</filesystemType>
${folderDevices}
    <minDiskFree unit="%">0</minDiskFree>
    <markerName>.stfolder</markerName>
    <maxConflicts>10</maxConflicts>
    <paused>false</paused>
  </folder>
${devices}
  <gui enabled="true" tls="false" debugging="false">
    <address>127.0.0.1:${self.guiPort}</address>
    <apikey>${self.apiKey}</apikey>
    <theme>default</theme>
  </gui>
  <options>
    <listenAddress>tcp://127.0.0.1:${self.listenPort}</listenAddress>
    <globalAnnounceServer></globalAnnounceServer>
    <globalAnnounceEnabled>false</globalAnnounceEnabled>
    <localAnnounceEnabled>false</localAnnounceEnabled>
    <announceLANAddresses>false</announceLANAddresses>
    <relaysEnabled>false</relaysEnabled>
    <natEnabled>false</natEnabled>
    <stunKeepaliveStartS>0</stunKeepaliveStartS>
    <stunKeepaliveMinS>0</stunKeepaliveMinS>
    <urAccepted>-1</urAccepted>
    <urSeen>3</urSeen>
    <urURL></urURL>
    <crashReportingEnabled>false</crashReportingEnabled>
    <crashReportingURL></crashReportingURL>
    <autoUpgradeIntervalH>0</autoUpgradeIntervalH>
    <releasesURL></releasesURL>
    <startBrowser>false</startBrowser>
    <reconnectionIntervalS>1</reconnectionIntervalS>
    <progressUpdateIntervalS>1</progressUpdateIntervalS>
    <keepTemporariesH>24</keepTemporariesH>
    <minHomeDiskFree unit="%">0</minHomeDiskFree>
    <setLowPriority>false</setLowPriority>
  </options>
</configuration>
`;
}
