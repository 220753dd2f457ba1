<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>No camera found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plug one in, or open a video file instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This app may not use the camera.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow it in the system settings (macOS: Privacy &amp; Security › Camera), then open the live view again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not start%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close other apps that use the camera, then pick it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was disconnected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plug it back in, then pick it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CameraPicker</name>
    <message>
        <source>Every camera this computer reports, or a video file played as a camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No camera found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (video)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Unexpected Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Something went wrong that the app did not expect (%n error(s) so far): %1

You can go on working; if something looks wrong, save your work and restart. To report it, copy the details below (and attach the log file: %2).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LiveBars</name>
    <message>
        <source>Hold a fruit up to the camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not one of my fruits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sure — maybe %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LiveView</name>
    <message>
        <source>Mirror</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add this picture to the results list (for This is… and Grad-CAM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>class, or a new name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold to record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While held, saves %1 photos a second into the class, for Teach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teach:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cameras are unavailable here (%1). Open a video file instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The video has ended. Pick a camera or open another video.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 photos of “%2” for teaching. Press Teach to teach the model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Video</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>view</name>
    <message>
        <source>Live Camera — FruitClassifier</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
