// The IT must really have run its test: a build that compiled but ran no test would also succeed.
def report = new File(basedir, 'target/surefire-reports/TEST-demo.FormworkParserTest.xml')
assert report.isFile() : "no Surefire report: the consumer's test did not run"
def suite = (report.getText('UTF-8') =~ /<testsuite\b[^>]*>/)[0]
assert suite =~ /\btests="1"/ && suite =~ /\bfailures="0"/ && suite =~ /\berrors="0"/ && suite =~ /\bskipped="0"/ :
    "unexpected test result: ${suite}"
return true
