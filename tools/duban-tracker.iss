; Inno Setup 6 script: wraps the Windows bundle into one setup program for a clerk's PC.
;
;   python tools\build_bundle.py            (makes dist\duban-tracker\ and build\bundle\app.ico)
;   iscc tools\duban-tracker.iss            (makes dist\duban-tracker-VERSION-setup.exe)
;   iscc /DAppVersion=0.2.0 tools\duban-tracker.iss   (another version number)
;
; It installs for the current user by default (no administrator rights needed; the setup
; offers an all-users install to an administrator), adds a Start menu entry and optionally
; a desktop icon, and uninstalls the program folder only: the ledger, its backups and the
; settings are in the user's own folders (%LOCALAPPDATA%\duban-tracker) and are kept.
; Saved as UTF-8 with a byte order mark so that the Chinese names reach the compiler intact.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define Bundle "..\dist\duban-tracker"

[Setup]
AppId={{6F1C2B6E-5D0B-4C55-9C4B-2F3E5A1D7C90}
AppName=督办台账
AppVersion={#AppVersion}
AppPublisher=督办台账
DefaultDirName={autopf}\duban-tracker
DefaultGroupName=督办台账
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\dist
OutputBaseFilename=duban-tracker-{#AppVersion}-setup
SetupIconFile=..\build\bundle\app.ico
UninstallDisplayIcon={app}\duban-tracker.exe
UninstallDisplayName=督办台账
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Languages]
; Inno Setup ships no Simplified Chinese messages; when ChineseSimplified.isl (the
; community translation) is in the compiler's Languages folder, it is used first.
#if FileExists(AddBackslash(CompilerPath) + "Languages\ChineseSimplified.isl")
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
#endif
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\督办台账"; Filename: "{app}\duban-tracker.exe"
Name: "{autodesktop}\督办台账"; Filename: "{app}\duban-tracker.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\duban-tracker.exe"; Description: "{cm:LaunchProgram,督办台账}"; Flags: nowait postinstall skipifsilent
