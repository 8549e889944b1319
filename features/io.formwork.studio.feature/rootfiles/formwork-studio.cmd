@echo off
rem Starts Formwork Studio on Windows. No native Eclipse launcher is published on Maven Central: java runs the
rem Equinox launcher jar. Java 21 or newer: FORMWORK_JAVA (a java.exe), else JAVA_HOME, else java on the PATH.
rem   formwork-studio.cmd [-data WORKSPACE] [-nl zh^|en] ...   (all arguments go to the workbench;
rem   Java options such as -Dname=value go in the environment variable FORMWORK_JAVA_OPTIONS)
setlocal EnableExtensions EnableDelayedExpansion
set "HERE=%~dp0"
set "NEED=21"
set "JAVA="
set "TRIED="
if defined FORMWORK_JAVA call :try "%FORMWORK_JAVA%"
if not defined JAVA if defined JAVA_HOME call :try "%JAVA_HOME%\bin\java.exe"
if not defined JAVA for /f "delims=" %%j in ('where java.exe 2^>nul') do if not defined JAVA call :try "%%j"
if not defined JAVA goto nojava
set "LAUNCHER="
for %%l in ("%HERE%plugins\org.eclipse.equinox.launcher_*.jar") do set "LAUNCHER=%%~fl"
if not defined LAUNCHER (
  echo formwork-studio: no Equinox launcher under %HERE%plugins 1>&2
  exit /b 2
)
set "DATA=-data "%USERPROFILE%\formwork-workspace""
if defined FORMWORK_WORKSPACE set "DATA=-data "%FORMWORK_WORKSPACE%""
echo. %* | findstr /c:" -data " >nul && set "DATA="
"%JAVA%" -Dfile.encoding=UTF-8 -Xms128m -Xmx2g %FORMWORK_JAVA_OPTIONS% -jar "%LAUNCHER%" %DATA% %*
exit /b %ERRORLEVEL%

:try
rem %1: a java.exe; sets JAVA when it runs and is Java NEED or newer
if not exist "%~1" (
  set "TRIED=!TRIED! %~1 (not found);"
  goto :eof
)
set "VER="
for /f "tokens=3" %%v in ('""%~1" -version 2^>^&1 ^| findstr /i /c:"version""') do if not defined VER set "VER=%%~v"
set "MAJOR=0"
for /f "tokens=1,2 delims=._-+" %%a in ("!VER!") do (
  set "MAJOR=%%a"
  if "%%a"=="1" set "MAJOR=%%b"
)
if !MAJOR! GEQ %NEED% (
  set "JAVA=%~1"
) else (
  set "TRIED=!TRIED! %~1 (Java !MAJOR!);"
)
goto :eof

:nojava
echo formwork-studio: 找不到 Java %NEED% 或更高版本。Formwork Studio 需要 Java %NEED%+。 1>&2
echo formwork-studio: no Java %NEED% or newer found. Formwork Studio needs Java %NEED%+. 1>&2
if defined TRIED (echo   tried / 已尝试:!TRIED! 1>&2) else (echo   no java.exe on the PATH, JAVA_HOME unset / 未找到 java.exe 1>&2)
echo   Install a JDK or JRE %NEED%+ (e.g. Eclipse Temurin from https://adoptium.net/, the Windows x64 .msi, 1>&2
echo   with "Set JAVA_HOME" ticked), or set FORMWORK_JAVA to its bin\java.exe. 1>&2
exit /b 2
