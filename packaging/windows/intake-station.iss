; Inno Setup script: per-machine install of the intake station's one-folder build.
; Build on Windows after packaging/build.py:  iscc packaging\windows\intake-station.iss
; IT can preconfigure the station by placing station.toml next to this script before
; compiling: it is installed next to the executable, where the station reads it first.

#define AppName "Intake Station"
#define AppExe "intake-station.exe"
#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define BuildDir "..\..\build\dist\intake-station"

[Setup]
AppId={{6C1F3E52-8D0A-4E57-9C1B-5B2F0D7A9E41}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=Intake station project
DefaultDirName={autopf}\IntakeStation
DefaultGroupName={#AppName}
; Per-machine: every officer account on the PC uses the same program and preset config.
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\build\installer
OutputBaseFilename=intake-station-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
UninstallDisplayIcon={app}\{#AppExe}
; Upgrades install over the previous version; the data folder (per user) is never touched.
CloseApplications=yes

[Languages]
Name: "vietnamese"; MessagesFile: "compiler:Languages\Vietnamese.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "{#BuildDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
; The preset configuration, if IT provided one; kept on upgrade if changed on the machine.
Source: "station.toml"; DestDir: "{app}"; Flags: onlyifdoesntexist skipifsourcedoesntexist

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{group}\{#AppName} self-test"; Filename: "{cmd}"; Parameters: "/k ""{app}\{#AppExe}"" --self-test"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"

[Run]
; A self-test right after installing, so IT sees at once what is missing on this PC.
Filename: "{cmd}"; Parameters: "/k ""{app}\{#AppExe}"" --self-test"; Description: "Run the self-test"; Flags: postinstall skipifsilent
