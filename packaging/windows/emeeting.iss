; Windows installer for emeeting (Inno Setup 6). On a Windows build machine, from the repository:
;
;   pyinstaller build.spec
;   iscc packaging\windows\emeeting.iss          ->  dist\emeeting-setup-<version>.exe
;
; The installer copies the onedir build (dist\emeeting) to Program Files (all users) or to the user's
; programs folder (per user; the user chooses, or IT with /ALLUSERS or /CURRENTUSER), adds a Start menu
; entry that starts emeetingw.exe (the window, no console), and an uninstaller. It never touches user data:
; each user's store stays in %LOCALAPPDATA%\emeeting, also after uninstalling.
; Unattended install:  emeeting-setup-<version>.exe /VERYSILENT /SUPPRESSMSGBOXES /ALLUSERS /NORESTART

#define AppName "emeeting"
#define BuildDir "..\..\dist\emeeting"
#define AppVersion GetStringFileInfo(BuildDir + "\emeeting.exe", "ProductVersion")

[Setup]
AppId={{5B0F6C1E-2C8A-4E0B-9A43-7C2D1E6F8A90}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=emeeting
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\emeeting
DefaultGroupName=emeeting
DisableProgramGroupPage=yes
PrivilegesRequired=admin
PrivilegesRequiredOverridesAllowed=dialog commandline
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\..\dist
OutputBaseFilename=emeeting-setup-{#AppVersion}
SetupIconFile=..\..\resources\icons\emeeting.ico
UninstallDisplayIcon={app}\emeeting.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the whole program folder: no library of an older build may linger.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BuildDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\emeeting"; Filename: "{app}\emeetingw.exe"
Name: "{autodesktop}\emeeting"; Filename: "{app}\emeetingw.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\emeetingw.exe"; Description: "{cm:LaunchProgram,emeeting}"; Flags: nowait postinstall skipifsilent
