@echo off
rem The engagement command line: validate, scorecard, measure, compare, standards, schema, import.
rem
rem   bin\engagement --help
rem   bin\engagement validate data\lambeth.json
rem
rem Works from any current directory: it finds the distribution's lib\ from its own location.
rem Uses %JAVA_HOME%\bin\java.exe when JAVA_HOME is set, else java.exe from the PATH (Java 17 or
rem later); JAVA_OPTS is passed to the JVM. The exit code is the command's.
setlocal
set "APP_HOME=%~dp0.."
set "JAVACMD=java.exe"
if not defined JAVA_HOME goto run
set "JAVACMD=%JAVA_HOME%\bin\java.exe"
if exist "%JAVACMD%" goto run
echo engagement: JAVA_HOME is set to a directory without bin\java.exe: %JAVA_HOME% 1>&2
exit /b 70

:run
"%JAVACMD%" %JAVA_OPTS% -cp "%APP_HOME%\lib\*" org.engagement.examples.cli.EngagementCommand %*
exit /b %ERRORLEVEL%
